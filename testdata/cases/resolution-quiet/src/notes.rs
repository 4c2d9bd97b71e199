redline::module_purpose!("sales");

/// A matchmaker's own note. Not annotated.
#[derive(Debug, Clone)]
pub struct Note {
    pub text: String,
}

/// Same method names as `Repo`, different return types.
pub struct Notes {
    pub items: Vec<Note>,
}

impl Notes {
    pub fn load(_member: u64) -> Note {
        Note { text: String::new() }
    }

    pub fn latest(&self) -> Note {
        self.items.last().cloned().unwrap_or(Note { text: String::new() })
    }
}

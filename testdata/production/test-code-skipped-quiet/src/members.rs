#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub email: String,
    pub last_active_days: u32,
}

impl Member {
    pub fn new(id: u64, email: &str) -> Member {
        Member { id, email: email.to_string(), last_active_days: 0 }
    }
}

/// Test-only constructors; the syntax error in `numbered` is the compiler's to report.
#[cfg(test)]
impl Member {
    pub fn numbered(id: u64) -> Member {
        let email = format!("member{id}@example.org");
        let id = id +;
        Member::new(id, &email)
    }
}

redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

/// A message typed but never sent. Narrowed: not even moderators may read it.
#[redline::data("chat", purposes = ["messaging"])]
#[derive(Debug, Clone)]
pub struct Draft {
    pub author: u64,
    pub body: String,
}

pub fn autosave(d: &Draft) -> usize {
    d.body.len()
}

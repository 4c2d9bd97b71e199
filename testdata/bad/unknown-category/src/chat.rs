redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

/// Emoji reactions to a message. The category name is misspelt.
#[redline::data("caht")]
#[derive(Debug, Clone)]
pub struct Reaction {
    pub emoji: char,
}

redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn deliver(msg: &ChatMessage) -> usize {
    msg.body.len()
}

/// Not annotated: a message together with who wrote it.
#[derive(Debug, Clone)]
pub struct View {
    pub msg: ChatMessage,
    pub author: String,
}

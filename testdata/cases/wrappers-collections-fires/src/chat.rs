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

/// Not annotated: a container holding chat messages.
pub struct Inbox {
    pub owner: u64,
    pub messages: Vec<ChatMessage>,
}

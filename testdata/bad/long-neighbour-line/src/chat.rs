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

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

// redline: no finding — messaging.
pub fn deliver(m: &ChatMessage) -> usize {
    m.body.len()
}

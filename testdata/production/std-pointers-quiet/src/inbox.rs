pub struct ChatMessage {
    pub sender: u64,
    pub sender_name: String,
    pub body: String,
}

#[derive(Debug)]
pub struct NotFound;

pub fn latest(thread: &[ChatMessage]) -> Result<&ChatMessage, NotFound> {
    thread.last().ok_or(NotFound)
}

pub fn archive(m: &ChatMessage) -> usize {
    m.body.len()
}

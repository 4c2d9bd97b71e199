#[redline::data("chat")]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

redline::module_purpose!("messaging");

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

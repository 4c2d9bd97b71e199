/// A message between members (classified `chat` in redline.toml).
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

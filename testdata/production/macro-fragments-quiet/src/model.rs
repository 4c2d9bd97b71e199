#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub display_name: String,
    pub plan: String,
}

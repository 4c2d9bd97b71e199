redline::module_purpose!("messaging");

/// Raw lines of a conversation, oldest first.
#[redline::data("chat")]
pub type Transcript = Vec<String>;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

/// Not annotated itself, but aliases a Vec of chat messages.
pub type Thread = Vec<ChatMessage>;

pub fn render(t: &Thread) -> Transcript {
    t.iter().map(|m| m.body.clone()).collect()
}

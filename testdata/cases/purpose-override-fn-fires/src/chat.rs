redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

// redline: no finding — module purpose messaging.
pub fn deliver(m: &ChatMessage) -> usize {
    m.body.len()
}

#[redline::purpose("sales")]
pub fn upsell_hint(m: &ChatMessage) -> bool { // redline: expect purpose-violation (chat, sales)
    m.body.contains("see who liked me")
}

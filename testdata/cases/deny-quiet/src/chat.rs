redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub body: String,
}

// redline: no finding — the deny rule on chat names sales, not messaging.
pub fn deliver(m: &ChatMessage) -> usize {
    m.body.len()
}

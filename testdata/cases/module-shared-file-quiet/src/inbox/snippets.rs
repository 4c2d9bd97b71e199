use crate::chat::ChatMessage;

// redline: no finding — messaging (`inbox::snippets`) and trust_and_safety (`moderation::snippets`) both allow chat.
pub fn preview(m: &ChatMessage) -> String {
    m.body.chars().take(40).collect()
}

pub fn shout(text: &str) -> String {
    text.to_uppercase()
}

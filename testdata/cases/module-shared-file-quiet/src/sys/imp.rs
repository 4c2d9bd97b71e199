use crate::chat::ChatMessage;

// redline: no finding — trust_and_safety allows chat.
pub fn flag(last: &ChatMessage) -> bool {
    last.body.contains("http")
}

use crate::chat::ChatMessage;

// redline: no finding — [modules] gives this module trust_and_safety.
pub fn flag(m: &ChatMessage) -> bool {
    m.body.contains("wire transfer")
}

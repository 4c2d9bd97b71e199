redline::module_purpose!("messaging", "trust_and_safety");

use crate::chat::ChatMessage;

// redline: no finding — both purposes are allowed for chat.
pub fn deliver_or_hold(m: &ChatMessage) -> bool {
    !m.body.contains("wire transfer")
}

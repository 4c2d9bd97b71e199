redline::module_purpose!("trust_and_safety");

use crate::chat::ChatMessage;

// redline: no finding — chat allows trust_and_safety.
pub fn review_message(m: &ChatMessage) -> bool {
    m.body.contains("gift card")
}

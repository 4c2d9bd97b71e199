redline::module_purpose!("trust_and_safety");

use crate::chat::ChatMessage;

// redline: no finding — chat allows trust_and_safety.
pub fn review(msg: &ChatMessage) -> bool {
    msg.body.contains("send money")
}

redline::module_purpose!("sales");

use crate::chat::ChatMessage;

// redline: no finding — would be a violation, but the lint level is allow.
pub fn pitch(m: &ChatMessage) -> usize {
    m.body.len()
}

redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

// redline: no finding — this module's own purpose is messaging.
pub fn forward(m: &ChatMessage) -> usize {
    m.body.len()
}

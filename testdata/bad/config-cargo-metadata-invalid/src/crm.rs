redline::module_purpose!("sales");

use crate::chat::ChatMessage;

// Would be a purpose violation, but redline must stop at the config error first.
pub fn pitch(m: &ChatMessage) -> usize {
    m.body.len()
}

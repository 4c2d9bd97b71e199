redline::module_purpose!("sales");

use crate::ChatMessage;

// redline: no finding — crate::ChatMessage is ads::Message.
pub fn pitch(m: &ChatMessage) -> usize {
    m.body.len() + m.headline.len()
}

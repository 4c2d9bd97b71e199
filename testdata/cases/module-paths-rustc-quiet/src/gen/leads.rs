redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

pub fn pitch(thread: &[ChatMessage]) -> usize {
    thread.len()
}

redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

// redline: no finding — chat allows messaging.
pub fn unread(thread: &[ChatMessage], seen: usize) -> usize {
    thread.len().saturating_sub(seen)
}

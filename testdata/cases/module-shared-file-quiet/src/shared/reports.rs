use crate::chat::ChatMessage;

// redline: no finding — trust_and_safety (`appeals::reports`) and messaging (`support::reports`) both allow chat.
pub fn questions(thread: &[ChatMessage]) -> usize {
    thread.iter().filter(|m| m.body.contains('?')).count()
}

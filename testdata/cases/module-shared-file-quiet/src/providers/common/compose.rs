use crate::chat::ChatMessage;

// redline: no finding — messaging (`providers::relay`) and trust_and_safety (`providers::aws::compose`) both allow chat.
pub fn quote(m: &ChatMessage) -> String {
    format!("> {}", m.body)
}

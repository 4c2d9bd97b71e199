use crate::chat::ChatMessage;

// redline: no finding — messaging allows chat.
pub fn script(last: &ChatMessage) -> String {
    format!("About your message: {}", last.body)
}

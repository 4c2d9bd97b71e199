redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

pub fn opener(last: &ChatMessage) -> String {
    format!("About your message: {}", last.body)
}

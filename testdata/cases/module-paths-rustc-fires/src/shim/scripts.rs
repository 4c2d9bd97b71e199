redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub fn opener(last: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    format!("About your message: {}", last.body)
}

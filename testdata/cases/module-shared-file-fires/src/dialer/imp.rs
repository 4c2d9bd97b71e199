use crate::chat::ChatMessage;

pub fn script(last: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    format!("About your message: {}", last.body)
}

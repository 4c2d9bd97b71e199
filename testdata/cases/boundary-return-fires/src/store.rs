redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

pub fn latest(member: u64) -> ChatMessage {
    ChatMessage { sender: member, body: String::from("see you Friday?") }
}

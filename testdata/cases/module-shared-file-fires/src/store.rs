redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

pub struct Store {
    pub messages: Vec<ChatMessage>,
}

impl Store {
    pub fn thread(&self, member: u64) -> Vec<ChatMessage> {
        self.messages.iter().filter(|m| m.sender == member).cloned().collect()
    }
}

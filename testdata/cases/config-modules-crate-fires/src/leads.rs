use crate::chat::ChatMessage;

pub fn from_thread(thread: &[ChatMessage]) -> Vec<u64> { // redline: expect purpose-violation (chat, sales)
    thread.iter().map(|m| m.sender).collect()
}

use crate::chat::ChatMessage;

pub fn dump_thread(thread: &[ChatMessage]) -> usize { // redline: expect purpose-violation (chat, sales)
    thread.len()
}

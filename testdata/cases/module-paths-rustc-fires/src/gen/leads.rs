redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub fn pitch(thread: &[ChatMessage]) -> usize { // redline: expect purpose-violation (chat, sales)
    thread.len()
}

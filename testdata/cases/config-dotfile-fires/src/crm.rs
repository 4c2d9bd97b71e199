redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub fn pitch(sender: u64, thread: Vec<ChatMessage>) -> String { // redline: expect purpose-violation (chat, sales)
    let n = thread.len();
    format!("Member {sender} sent {n} messages this week. Time for Gold!")
}

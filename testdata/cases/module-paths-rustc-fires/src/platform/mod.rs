redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub fn call_script(thread: &[ChatMessage]) -> Vec<String> { // redline: expect purpose-violation (chat, sales)
    thread.iter().map(|m| m.body.clone()).collect()
}

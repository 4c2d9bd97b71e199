redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

pub fn call_script(thread: &[ChatMessage]) -> Vec<String> {
    thread.iter().map(|m| m.body.clone()).collect()
}

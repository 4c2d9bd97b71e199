redline::module_purpose!("sales");

use crate::chat;

pub fn scripted_opener(member: u64) -> String {
    let n = chat::last_sent_len(member); // redline: no finding — a length only
    format!("Agent script: you wrote {n} characters...")
}

redline::module_purpose!("sales");

use crate::chat;

pub fn scripted_opener(member: u64) -> String {
    let text = chat::last_sent(member); // redline: expect purpose-violation (chat, sales)
    format!("Agent script: you wrote \"{text}\"...")
}

pub fn shouted_opener(member: u64) -> String {
    let text = chat::last_sent_upper(member); // redline: expect purpose-violation (chat, sales)
    format!("Agent script: {text}!")
}

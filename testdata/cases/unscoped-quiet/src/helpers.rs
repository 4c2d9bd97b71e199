use crate::chat::ChatMessage;

pub fn word_count(thread: &[ChatMessage]) -> usize {
    thread.iter().map(|m| m.body.split_whitespace().count()).sum()
}

pub fn never_called(m: &ChatMessage) -> usize {
    m.body.len()
}

pub fn greeting(name: &str) -> String {
    format!("Hi {name}!")
}

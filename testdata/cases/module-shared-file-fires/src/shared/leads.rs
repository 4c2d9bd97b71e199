use crate::chat::ChatMessage;

pub fn score(thread: &[ChatMessage]) -> usize { // redline: expect purpose-violation (chat, marketing) // redline: expect purpose-violation (chat, sales)
    thread.iter().filter(|m| m.body.contains('?')).count()
}

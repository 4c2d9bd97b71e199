use crate::chat::ChatMessage;

pub fn note_activity(msgs: &[ChatMessage], out: &mut Vec<String>) {
    out.push(format!("{} messages this week", msgs.len()));
}

use crate::chat::ChatMessage;

pub fn collect_bodies(msgs: &[ChatMessage], out: &mut Vec<String>) {
    for m in msgs {
        out.push(m.body.clone());
    }
}

use crate::chat::ChatMessage;

pub fn latest_text(msgs: &[ChatMessage]) -> String {
    msgs[0].body.clone()
}

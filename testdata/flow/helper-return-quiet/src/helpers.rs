use crate::chat::ChatMessage;

pub fn latest_text(msgs: &[ChatMessage]) -> String {
    msgs[0].body.clone()
}

pub fn unread_badge(msgs: &[ChatMessage]) -> String {
    format!("{} new messages", msgs.len())
}

pub fn teaser() -> String {
    String::from("Someone wrote to you")
}

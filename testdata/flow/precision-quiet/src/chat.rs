redline::module_purpose!("messaging");

#[redline::data("chat")]
pub struct ChatMessage {
    pub member: u64,
    pub body: String,
}

// redline: no finding — only position 0 (the member id, not read from the message) goes to sales.
pub fn note_member(member: u64, msg: &ChatMessage) {
    let pair = (member, msg.body.clone());
    crate::crm::note_id(pair.0);
}

// redline: no finding — `text` is replaced by a length before it is passed on.
pub fn note_length(msg: &ChatMessage) {
    let mut text = msg.body.clone();
    text = text.len().to_string();
    crate::crm::note_text(text);
}

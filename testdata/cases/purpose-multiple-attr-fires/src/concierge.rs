use crate::chat::ChatMessage;

#[redline::purpose("messaging", "sales")]
pub fn suggest_reply(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    let hello = m.body.starts_with("Hi");
    if hello { "Hi! (Sent with Gold)".to_string() } else { "Upgrade to reply faster".to_string() }
}

// redline: no finding — both purposes allowed for chat.
#[redline::purpose("messaging", "trust_and_safety")]
pub fn notify(m: &ChatMessage) -> u64 {
    m.sender
}

redline::module_purpose!("messaging", "sales");

use crate::chat::ChatMessage;

/// "Smart reply" that also slips in an upgrade offer.
pub fn suggest_reply(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    let hello = m.body.starts_with("Hi");
    if hello { "Hi! (Sent with Gold)".to_string() } else { "Upgrade to reply faster".to_string() }
}

use crate::chat::ChatMessage;

// redline: no finding — as `providers::relay::quote` this delivers messages (messaging).
pub fn quote(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    format!("> {}", m.body)
}

use crate::chat::ChatMessage;

// redline: no finding — as `inbox::snippets::preview` this delivers messages (messaging).
pub fn preview(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    m.body.chars().take(40).collect()
}

pub fn shout(text: &str) -> String {
    text.to_uppercase()
}

redline::module_purpose!("sales");

use crate::chat::{ChatMessage, Reaction};

pub fn pitch(m: &ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

// No finding: `caht` is not a category, so Reaction is reported once as an
// annotation error (in chat.rs) and otherwise carries nothing.
pub fn mood(r: &Reaction) -> bool {
    r.emoji == '❤'
}

redline::module_purpose!("sales");

use crate::chat::ChatMessage;

#[path = "b.rs"] pub mod again;

pub fn pitch_again(m: &ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

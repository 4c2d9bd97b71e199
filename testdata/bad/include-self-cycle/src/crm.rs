redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub fn pitch(m: &ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

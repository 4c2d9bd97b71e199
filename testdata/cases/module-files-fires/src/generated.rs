redline::module_purpose!("sales");

use crate::chat::ChatMessage;

include!("parts/items.rs");

pub fn from_expression(sender: u64) -> usize {
    include!("parts/body.rs") // redline: expect purpose-violation (chat, sales)
}

redline::module_purpose!("sales");

use crate::model::ChatMessage;

pub fn pitch(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    format!("Upgrade to read: {}", m.body)
}

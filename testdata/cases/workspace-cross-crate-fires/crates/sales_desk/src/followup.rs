use chat_core::prelude::*;

pub fn remind(last: &ChatMessage) -> u64 { // redline: expect purpose-violation (chat, sales)
    last.sender
}

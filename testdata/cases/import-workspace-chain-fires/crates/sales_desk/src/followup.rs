use crate::types::Message;
use crate::types::Thread;

pub fn remind(last: &Thread) -> u64 { // redline: expect purpose-violation (chat, sales)
    last.sender
}

pub fn recap(m: &Message) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

redline::module_purpose!("sales");

use crate::prelude::Dm;
use crate::DirectMessage;

pub fn pitch(m: &DirectMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

pub fn follow_up(m: &Dm) -> u64 { // redline: expect purpose-violation (chat, sales)
    m.sender
}

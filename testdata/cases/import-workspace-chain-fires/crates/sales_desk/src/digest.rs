use crate::types::*;

pub fn summary(m: &Message) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

pub fn from_items(m: &ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len() * 2
}

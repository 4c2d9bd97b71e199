pub fn quote(m: &chat_core::Message) -> String { // redline: expect purpose-violation (chat, sales)
    m.body.clone()
}

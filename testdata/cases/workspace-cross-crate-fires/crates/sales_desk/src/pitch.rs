pub fn quote(m: &chat_core::msg::ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    m.body.clone()
}

use crate::chat::ChatMessage;

pub fn to_sales(m: &ChatMessage) -> String {
    crate::outreach::snippets::shout(&m.body) // redline: expect purpose-violation (chat, sales)
}

// redline: no finding — `inbox::snippets::shout` delivers messages, which chat allows.
pub fn to_inbox(m: &ChatMessage) -> String {
    crate::inbox::snippets::shout(&m.body)
}

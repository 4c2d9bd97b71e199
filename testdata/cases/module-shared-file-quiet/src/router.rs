use crate::chat::ChatMessage;

// redline: no finding — `moderation::snippets::shout` is trust_and_safety, which chat allows.
pub fn to_moderation(m: &ChatMessage) -> String {
    crate::moderation::snippets::shout(&m.body)
}

// redline: no finding — `inbox::snippets::shout` delivers messages, which chat allows.
pub fn to_inbox(m: &ChatMessage) -> String {
    crate::inbox::snippets::shout(&m.body)
}

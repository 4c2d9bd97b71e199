redline::module_purpose!("trust_and_safety");

use crate::chat::{ChatMessage, Draft};

// redline: no finding — chat allows trust_and_safety and ChatMessage is not narrowed.
pub fn review_message(m: &ChatMessage) -> bool {
    m.body.contains("gift card")
}

pub fn review_draft(d: &Draft) -> bool { // redline: expect purpose-violation (chat, trust_and_safety)
    d.body.contains("gift card")
}

redline::module_purpose!("sales");

use crate::chat::ChatMessage;

// redline: no finding — [functions] entry overrides the module purpose.
pub fn review_flagged(m: &ChatMessage) -> bool {
    m.body.contains("send money")
}

pub fn pitch(member_id: u64) -> String {
    format!("Call {member_id}")
}

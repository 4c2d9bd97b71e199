redline::module_purpose!("sales");

use crate::chat::ChatMessage;

/// A matchmaker forwards a harassment complaint to the safety team.
// redline: no finding — fn purpose trust_and_safety overrides the module's sales.
#[redline::purpose("trust_and_safety")]
pub fn report_abuse(m: &ChatMessage) -> u64 {
    m.sender
}

// redline: no finding — sales, but no chat data.
pub fn pitch(member_id: u64) -> String {
    format!("Call {member_id}")
}

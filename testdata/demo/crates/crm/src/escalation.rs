//! Sometimes a member tells a matchmaker on the phone that someone is
//! harassing them. The matchmaker escalates; that is safety work, not sales.

use chat::{ChatStore, DirectMessage};
use members::MemberId;

/// Messages `reported` sent to `reporter`, for the safety team.
// redline: no finding — #[redline::purpose("trust_and_safety")] overrides the crate's `sales`.
#[redline::purpose("trust_and_safety")]
pub fn escalate_abuse_report(chats: &ChatStore, reporter: MemberId, reported: MemberId) -> Vec<DirectMessage> {
    chats.history_of(reported).into_iter().filter(|m| m.sender == reported && m.recipient == reporter).collect()
}

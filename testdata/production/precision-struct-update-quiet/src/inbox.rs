redline::module_purpose!("messaging");

use crate::model::{ChatMessage, Lead};

/// Drafts a lead from a conversation: the notes quote the messages.
pub fn draft(member_id: u64, thread: &[ChatMessage]) -> Lead {
    Lead { member_id, plan: String::from("free"), notes: thread.iter().map(|m| m.body.clone()).collect() }
}

redline::module_purpose!("messaging");

use crate::{crm, helpers};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn nightly_export(member: u64, msgs: &[ChatMessage]) -> String {
    let mut notes = Vec::new();
    helpers::note_activity(msgs, &mut notes);
    crm::attach_notes(member, &notes) // redline: no finding — only a count was written
}

redline::module_purpose!("messaging");

use crate::{crm, helpers};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn nightly_export(member: u64, msgs: &[ChatMessage]) -> String {
    let mut out = Vec::new();
    helpers::collect_bodies(msgs, &mut out);
    crm::attach_notes(member, &out) // redline: expect purpose-violation (chat, sales)
}

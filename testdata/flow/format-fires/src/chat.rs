redline::module_purpose!("messaging");

use crate::crm;
use std::fmt::Write;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn quote_to_sales(member: u64, msg: &ChatMessage) -> String {
    let body = msg.body.clone();
    let line = format!("{body}");
    crm::log_call_note(member, line) // redline: expect purpose-violation (chat, sales)
}

pub fn summary_to_sales(member: u64, msgs: &[ChatMessage]) -> String {
    let mut out = String::new();
    for m in msgs {
        let _ = write!(out, "{}; ", m.body);
    }
    crm::log_call_note(member, out) // redline: expect purpose-violation (chat, sales)
}

redline::module_purpose!("messaging");

use crate::crm;
use std::fmt::Write;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn quote_to_sales(member: u64, msgs: &[ChatMessage]) -> String {
    let line = format!("{}", msgs.len());
    crm::log_call_note(member, line) // redline: no finding — a count only
}

pub fn summary_to_sales(member: u64, msgs: &[ChatMessage]) -> String {
    let n = msgs.len();
    let mut out = String::new();
    let _ = write!(out, "{n} messages this week");
    crm::log_call_note(member, out) // redline: no finding — a count only
}

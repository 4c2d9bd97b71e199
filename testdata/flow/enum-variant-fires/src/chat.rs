redline::module_purpose!("messaging");

use crate::crm::{self, Data};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn share_with_sales(msg: &ChatMessage) -> String {
    let d = Data::Private { content: msg.body.clone() };
    crm::lead_note(&d) // redline: expect purpose-violation (chat, sales)
}

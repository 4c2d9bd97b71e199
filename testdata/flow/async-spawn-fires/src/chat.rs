redline::module_purpose!("messaging");

use crate::{crm, spawn};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

fn inbox(member: u64) -> Vec<ChatMessage> {
    vec![ChatMessage { sender: member, body: String::from("dinner friday?") }]
}

pub async fn last_text(member: u64) -> String {
    inbox(member).pop().map(|m| m.body).unwrap_or_default()
}

pub fn on_new(msg: ChatMessage) {
    let body = msg.body;
    spawn(move || crm::log_interest(body)); // redline: expect purpose-violation (chat, sales)
}

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

pub async fn unread(member: u64) -> usize {
    inbox(member).len()
}

pub fn on_new(msg: ChatMessage) {
    let body = msg.body;
    spawn(move || deliver(body)); // redline: no finding — chat goes to a messaging fn
    spawn(move || crm::log_interest(String::from("active chatter"))); // redline: no finding — a constant
}

fn deliver(body: String) {
    println!("deliver: {body}");
}

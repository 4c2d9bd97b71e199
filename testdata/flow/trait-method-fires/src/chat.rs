redline::module_purpose!("messaging");

use crate::crm;
use crate::preview::Preview;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn on_open(msg: &ChatMessage) -> String {
    crm::pitch_line(msg.preview()) // redline: expect purpose-violation (chat, sales)
}

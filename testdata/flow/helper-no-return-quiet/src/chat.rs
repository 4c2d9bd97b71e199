redline::module_purpose!("messaging");

use crate::helpers;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn on_send(member: u64, msg: &ChatMessage) {
    helpers::touch_lead(member, msg.body.clone()); // redline: no finding — only a constant reaches sales
}

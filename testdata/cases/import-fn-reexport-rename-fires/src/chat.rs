redline::module_purpose!("messaging");

use crate::api::shout;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn forward(msg: &ChatMessage) -> bool {
    crate::api::blast(msg.sender, &msg.body) // redline: expect purpose-violation (chat, marketing)
}

pub fn announce(msg: &ChatMessage) -> bool {
    let text = msg.body.to_uppercase();
    shout(msg.sender, &text) // redline: expect purpose-violation (chat, marketing)
}

pub fn digest(msg: &ChatMessage) -> bool {
    crate::helpers::pass_on(msg.sender, &msg.body)
}

// redline: no finding — only a constant reaches marketing.
pub fn welcome(member: u64) -> bool {
    crate::api::blast(member, "Welcome to the app!")
}

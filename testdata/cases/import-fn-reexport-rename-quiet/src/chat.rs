redline::module_purpose!("messaging");

use crate::api::shout;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

// redline: no finding — `api::blast` is `archive::store` (messaging).
pub fn forward(msg: &ChatMessage) -> bool {
    crate::api::blast(msg.sender, &msg.body, 1)
}

// redline: no finding — `shout` is `archive::file` (messaging).
pub fn announce(msg: &ChatMessage) -> bool {
    let text = msg.body.to_uppercase();
    shout(msg.sender, &text, 1)
}

// redline: no finding — `helpers::pass_on` calls `archive::store`.
pub fn digest(msg: &ChatMessage) -> bool {
    crate::helpers::pass_on(msg.sender, &msg.body)
}

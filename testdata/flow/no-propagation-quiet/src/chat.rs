redline::module_purpose!("messaging");

use crate::{crm, hash};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn dedupe_key(member: u64, msg: &ChatMessage) -> String {
    let key = hash::checksum(&msg.body);
    crm::register_key(member, key) // redline: no finding — checksum is in [flow] no_propagation
}

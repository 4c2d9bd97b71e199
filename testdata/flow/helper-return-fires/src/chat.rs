redline::module_purpose!("messaging");

use crate::{helpers, promo};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn on_new_message(msgs: &[ChatMessage]) -> bool {
    promo::push_teaser(helpers::latest_text(msgs)) // redline: expect purpose-violation (chat, marketing)
}

redline::module_purpose!("messaging");

use crate::{helpers, promo};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn on_new_message(msgs: &[ChatMessage]) -> bool {
    notify(helpers::latest_text(msgs)); // redline: no finding — chat goes to a messaging fn
    promo::push_teaser(helpers::unread_badge(msgs)); // redline: no finding — a count only
    promo::push_teaser(helpers::teaser()) // redline: no finding — a constant
}

pub fn notify(text: String) -> bool {
    !text.is_empty()
}

redline::module_purpose!("messaging");

use crate::crm;
use crate::preview::{Preview, Profile};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn on_open(msg: &ChatMessage, author: &Profile) -> String {
    let snippet = msg.preview(); // redline: no finding — stays in messaging
    let card = crm::pitch_line(author.preview()); // redline: no finding — `Profile` impl
    format!("{snippet} / {card}")
}

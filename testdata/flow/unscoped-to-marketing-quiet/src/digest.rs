use crate::chat::{self, ChatMessage};
use crate::promo;

pub fn weekly_digest(member: u64, msgs: &[ChatMessage]) -> bool {
    let lines: Vec<String> = msgs.iter().map(|m| m.body.clone()).collect();
    chat::archive(&lines); // redline: no finding — messaging may take chat
    promo::send_newsletter(member, "Three new people near you this week!") // redline: no finding — a constant
}

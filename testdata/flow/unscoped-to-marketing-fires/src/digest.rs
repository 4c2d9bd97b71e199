use crate::chat::ChatMessage;
use crate::promo;

pub fn weekly_digest(member: u64, msgs: &[ChatMessage]) -> bool {
    let lines: Vec<String> = msgs.iter().map(|m| m.body.clone()).collect();
    promo::send_newsletter(member, &lines.join("\n")) // redline: expect purpose-violation (chat, marketing)
}

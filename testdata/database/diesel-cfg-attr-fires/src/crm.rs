//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use crate::models::{Member, Message};

/// The opener for the sales call.
pub fn opener(member: &Member, last: &Message) -> String {
    let text = last.body.clone(); // redline: expect purpose-violation (chat, sales)
    format!("Hi {}! About \"{text}\": Gold members can send voice notes.", member.display_name)
}

/// The number to dial.
pub fn number_to_dial(member: &Member) -> String {
    member.phone.clone().unwrap_or_default() // redline: expect purpose-violation (contact.phone, sales)
}

//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use crate::models::{Member, Message};

/// The opener for the sales call.
pub fn opener(member: &Member, recent: &[Message]) -> String {
    let name = &member.display_name;
    let topic = &recent[0].body; // redline: expect purpose-violation (chat, sales)
    format!("Hi {name}! You mentioned \"{topic}\": Gold members can send voice notes.")
}

/// The number to dial.
pub fn number_to_dial(member: &Member) -> Option<String> {
    member.phone.clone() // redline: expect purpose-violation (contact.phone, sales)
}

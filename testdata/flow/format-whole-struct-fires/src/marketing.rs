redline::module_purpose!("marketing");

use crate::members::{Household, Member};
use log::debug;

pub fn send_teaser(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn greet_traced(member: &Member) -> String {
    tracing::info!(?member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_display(member: &Member) -> String {
    tracing::info!(%member, "greeting"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_named(member: &Member) -> String {
    tracing::info!(who = ?member, "greeting"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_logged(member: &Member) -> String {
    debug!("greeting {member:?}"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_logged_target(member: &Member) -> String {
    log::warn!(target: "campaigns", "greeting {}", member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_dbg(member: &Member) -> String {
    dbg!(member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_printed(member: &Member) -> String {
    println!("greeting {}", member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_household(household: &Household) -> String {
    eprintln!("greeting {household:#?}"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", household.head.nickname)
}

pub fn greet_named(member: &Member) -> String {
    tracing::info!("greeting {m}", m = member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_all_traced(members: Vec<Member>) -> String {
    tracing::debug!(?members); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {} members", members.len())
}

pub fn greet_shown(member: &Member) -> String {
    let shown = dbg!(member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", shown.nickname)
}

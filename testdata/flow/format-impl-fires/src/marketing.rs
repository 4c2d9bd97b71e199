redline::module_purpose!("marketing");

use crate::members::{Introduction, Member, ProfileCard};
use log::debug;

pub fn send_teaser(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn greet_traced_display(member: &Member) -> String {
    tracing::info!(%member, "greeting"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_debug(member: &Member) -> String {
    tracing::info!(?member); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_named_display(member: &Member) -> String {
    tracing::info!(who = %member, "greeting"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_named_debug(member: &Member) -> String {
    tracing::debug!(who = ?member, "greeting"); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_message(member: &Member) -> String {
    tracing::info!("greeting {member}"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_logged(member: &Member) -> String {
    log::info!("greeting {}", member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_logged_debug(member: &Member) -> String {
    debug!("greeting {member:?}"); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_printed_padded(member: &Member) -> String {
    println!("greeting {:>10}", member); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Hi {}", member.nickname)
}

pub fn greet_to_string(member: &Member) -> String {
    member.to_string() + ", we picked new matches for you" // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn greet_introduction(intro: &Introduction) -> String {
    tracing::info!(intro = %intro, "introducing"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("Meet {}", intro.nickname)
}

pub fn greet_card_debug(card: &ProfileCard) -> String {
    tracing::info!(?card, "showing card"); // redline: expect purpose-violation (contact.phone, marketing)
    format!("New: {}", card.headline)
}

pub fn greet_card_display(card: &ProfileCard) -> String {
    tracing::info!(%card, "showing card"); // redline: no finding — the hand-written Display prints only the headline
    format!("New: {}", card.headline)
}

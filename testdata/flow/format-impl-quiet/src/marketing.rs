redline::module_purpose!("marketing");

use crate::members::{ContactPreference, Introduction, Member, ProfileCard, Referral};
use log::debug;
use std::sync::Arc;

pub fn send_teaser(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn greet_traced_display(member: &Member) -> String {
    tracing::info!(%member, "greeting"); // redline: no finding — `%member` uses Display: the nickname
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_debug(member: &Member) -> String {
    tracing::info!(?member); // redline: no finding — `?member` uses the hand-written Debug: the id
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_named_display(member: &Member) -> String {
    tracing::info!(who = %member, "greeting"); // redline: no finding — Display: the nickname
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_named_debug(member: &Member) -> String {
    tracing::debug!(who = ?member, "greeting"); // redline: no finding — the hand-written Debug: the id
    format!("Hi {}", member.nickname)
}

pub fn greet_traced_message(member: &Member) -> String {
    tracing::info!("greeting {member} ({member:?})"); // redline: no finding — Display and Debug print unclassified fields only
    format!("Hi {}", member.nickname)
}

pub fn greet_logged(member: &Member) -> String {
    log::info!("greeting {}", member); // redline: no finding — Display: the nickname
    format!("Hi {}", member.nickname)
}

pub fn greet_logged_target(member: &Member) -> String {
    log::warn!(target: "campaigns", "greeting {:?}", member); // redline: no finding — the hand-written Debug: the id
    format!("Hi {}", member.nickname)
}

pub fn greet_logged_debug(member: &Member) -> String {
    debug!("greeting {member:?}"); // redline: no finding — the hand-written Debug: the id
    format!("Hi {}", member.nickname)
}

pub fn greet_logged_error(member: &Member) -> String {
    log::error!("no teaser for {member}"); // redline: no finding — Display: the nickname
    format!("Hi {}", member.nickname)
}

pub fn greet_logged_trace(member: &Member) -> String {
    log::trace!("teaser for {0} / {0:?}", member); // redline: no finding — Display and Debug print unclassified fields only
    format!("Hi {}", member.nickname)
}

pub fn greet_printed(member: &Member) -> String {
    println!("greeting {:>10}", member); // redline: no finding — Display: the nickname
    format!("Hi {}", member.nickname)
}

pub fn greet_eprinted(member: &Member) -> String {
    eprintln!("greeting {member:#?}"); // redline: no finding — the hand-written Debug: the id
    format!("Hi {}", member.nickname)
}

pub fn greet_to_string(member: &Member) -> String {
    member.to_string() + ", we picked new matches for you" // redline: no finding — `to_string` writes what Display writes: the nickname
}

pub fn greet_shared(member: Arc<Member>) -> String {
    tracing::info!(member = %member, "greeting"); // redline: no finding — Display of `Arc<Member>` is Member's: the nickname
    format!("Hi {}", member.nickname)
}

pub fn greet_boxed(member: Box<Member>) -> String {
    tracing::info!(?member, "greeting"); // redline: no finding — Debug of `Box<Member>` is Member's hand-written one: the id
    format!("Hi {}", member.nickname)
}

pub fn greet_introduction(intro: &Introduction) -> String {
    tracing::info!(%intro, ?intro, "introducing"); // redline: no finding — Display's helper returns the nickname; Debug writes the nickname
    format!("Meet {}", intro.nickname)
}

pub fn greet_preference(preference: &ContactPreference) -> String {
    tracing::info!(%preference, "reaching out"); // redline: no finding — Display names the variant, never the number
    format!("We will reach you by {preference}") // redline: no finding — Display names the variant, never the number
}

pub fn greet_card(card: &ProfileCard) -> String {
    tracing::info!(%card, "showing card"); // redline: no finding — the hand-written Display prints only the headline
    card.to_string() // redline: no finding — `to_string` writes what Display writes: the headline
}

pub fn thank_referrer(referral: &Referral) -> String {
    tracing::info!(%referral, ?referral, "referral accepted"); // redline: no finding — Display and Debug print only the code
    format!("Thanks! {referral} was accepted")
}

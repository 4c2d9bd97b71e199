redline::module_purpose!("marketing");

use crate::members::{Badge, Member};
use log::debug;

pub fn send_teaser(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn greet(member: &Member) -> String {
    format!("Hi {}", member.nickname)
}

pub fn greet_traced(member: &Member) -> String {
    tracing::info!(member.id, nick = %member.nickname, "greeting"); // redline: no finding — unclassified fields only
    format!("Hi {}", member.nickname)
}

pub fn greet_logged(member: &Member) -> String {
    debug!("greeting {} ({:?})", member.nickname, member.id); // redline: no finding — unclassified fields only
    format!("Hi {}", member.nickname)
}

pub fn greet_dbg(member: &Member) -> String {
    dbg!(member.id); // redline: no finding — the id is not classified
    format!("Hi {}", member.nickname)
}

pub fn greet_printed(member: &Member) -> String {
    let nickname = &member.nickname;
    println!("greeting {nickname}"); // redline: no finding — an inline capture of an unclassified field
    format!("Hi {}", member.nickname)
}

pub fn greet_badge(member: &Member) -> String {
    let badge = Badge { id: member.id, nickname: member.nickname.clone() };
    tracing::info!(?badge, "greeting"); // redline: no finding — a Badge has no classified field
    format!("Hi {badge}")
}

pub fn greet_badge_slice(badges: &[Badge]) -> String {
    let text = format!("{:?}", badges); // redline: no finding — a Badge has no classified field
    format!("Hi {text}")
}

pub fn greet_badge_vec(badges: Vec<Badge>) -> String {
    tracing::debug!(?badges); // redline: no finding — a Badge has no classified field
    format!("Hi {} members", badges.len())
}

pub fn greet_badge_option(badge: Option<Badge>, id: u64) -> String {
    let text = format!("{:?} {:?}", badge, (id, &badge)); // redline: no finding — a Badge has no classified field
    format!("Hi {text}")
}

pub fn greet_badge_serialized(badges: &[Badge]) -> String {
    let text = serde_json::to_string(&badges).unwrap_or_default(); // redline: no finding — a Badge has no classified field
    format!("Hi {text}")
}

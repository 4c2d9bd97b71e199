redline::module_purpose!("account");

use crate::marketing;
use crate::members::{self, Badge, Household, Member, Referral};
use std::fmt::Write;

pub fn security_notice(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn badge_to_marketing(badge: &Badge) -> String {
    let text = format!("{:?} / {}", badge, badge);
    marketing::send_teaser(badge.id, text) // redline: no finding — a Badge has no classified field
}

pub fn nickname_to_marketing(member: &Member) -> String {
    let text = format!("{}", member.nickname);
    marketing::send_teaser(member.id, text) // redline: no finding — the nickname is not classified
}

pub fn id_to_marketing(member: &Member) -> String {
    let text = format!("{:?}", member.id);
    marketing::send_teaser(member.id, text) // redline: no finding — the id is not classified
}

pub fn write_fields_to_marketing(member: &Member) -> String {
    let mut buf = String::new();
    let _ = write!(buf, "{:#?}: {}", member.id, member.nickname);
    marketing::send_teaser(member.id, buf) // redline: no finding — unclassified fields only
}

pub fn household_ids_to_marketing(household: &Household) -> String {
    let text = format!("{:?} {}", household.id, household.head.nickname);
    marketing::send_teaser(household.id, text) // redline: no finding — unclassified fields only
}

pub fn referral_code_to_marketing(member_id: u64, referral: &Referral) -> String {
    let text = format!("{}", referral.code);
    marketing::send_teaser(member_id, text) // redline: no finding — the code is not classified
}

pub fn helper_to_marketing(member: &Member) -> String {
    let text = members::label(member);
    marketing::send_teaser(member.id, text) // redline: no finding — the helper formats unclassified fields
}

pub fn member_to_greet(member: &Member) -> String {
    marketing::greet(member) // redline: no finding — `greet` reads only the nickname
}

pub fn overwritten_to_marketing(member: &Member) -> String {
    let mut text = format!("{member:?}");
    text = format!("member {}", member.id);
    marketing::send_teaser(member.id, text) // redline: no finding — the whole-member text was overwritten
}

pub fn whole_stays_in_account(member: &Member) -> String {
    let text = format!("{member:?} / {member}");
    let _ = dbg!(member);
    tracing::info!(?member, "security notice");
    let notice = security_notice(member.id, text);
    let teaser = marketing::send_teaser(member.id, String::from("welcome back")); // redline: no finding — the formatted member stays in account code
    format!("{notice} {teaser}")
}

pub fn household_stays_in_account(household: &Household) -> String {
    let text = format!("{household:#?}");
    security_notice(household.id, text)
}

pub fn referral_stays_in_account(referral: &Referral) -> String {
    let text = format!("{referral:?}");
    security_notice(0, text)
}

pub fn dbg_field_to_marketing(member: &Member) -> String {
    let id = dbg!(member).id;
    marketing::send_teaser(id, String::new()) // redline: no finding — `dbg!` gives the member back and only its id is read; the printing is in account code
}

pub fn dbg_whole_to_greet(member: &Member) -> String {
    let shown = dbg!(member);
    marketing::greet(shown) // redline: no finding — `dbg!` gives the member back unchanged and `greet` reads only the nickname
}

pub fn option_stays_in_account(member: Option<Member>) -> String {
    let text = format!("{:?}", member);
    let notice = security_notice(0, text);
    let teaser = marketing::send_teaser(0, String::from("welcome back")); // redline: no finding — the formatted Option<Member> stays in account code
    format!("{notice} {teaser}")
}

redline::module_purpose!("account");

use crate::marketing;
use crate::members::{ContactPreference, Introduction, Member, ProfileCard, Referral};
use std::fmt::Write;
use std::rc::Rc;
use std::sync::Arc;

pub fn display_to_marketing(member: &Member) -> String {
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — Display prints only the nickname
}

pub fn positional_display_to_marketing(member: &Member) -> String {
    let text = format!("{0}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — `{0}` uses Display, which prints only the nickname
}

pub fn inline_display_to_marketing(member: &Member) -> String {
    let text = format!("{member}");
    marketing::send_teaser(member.id, text) // redline: no finding — `{member}` uses Display, which prints only the nickname
}

pub fn named_display_to_marketing(member: &Member) -> String {
    let text = format!("{who}", who = member);
    marketing::send_teaser(member.id, text) // redline: no finding — `{who}` uses Display, which prints only the nickname
}

pub fn padded_display_to_marketing(member: &Member) -> String {
    let text = format!("{:>10}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — `{:>10}` names no trait: Display, nickname only
}

pub fn left_aligned_display_to_marketing(member: &Member) -> String {
    let text = format!("{:<5}|", member);
    marketing::send_teaser(member.id, text) // redline: no finding — `{:<5}` names no trait: Display, nickname only
}

pub fn precision_display_to_marketing(member: &Member) -> String {
    let text = format!("{:.2}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — `{:.2}` names no trait: Display, nickname only
}

pub fn signed_display_to_marketing(member: &Member) -> String {
    let text = format!("{:+}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — `{:+}` names no trait: Display, nickname only
}

pub fn debug_to_marketing(member: &Member) -> String {
    let text = format!("{:?}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — the hand-written Debug prints only the id
}

pub fn pretty_debug_to_marketing(member: &Member) -> String {
    let text = format!("{:#?}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — the hand-written Debug prints only the id
}

pub fn positional_debug_to_marketing(member: &Member) -> String {
    let text = format!("{0:?}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — the hand-written Debug prints only the id
}

pub fn named_debug_to_marketing(member: &Member) -> String {
    let text = format!("{who:?}", who = member);
    marketing::send_teaser(member.id, text) // redline: no finding — the hand-written Debug prints only the id
}

pub fn both_traits_to_marketing(member: &Member) -> String {
    let text = format!("{0} / {0:?}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — both hand-written impls print unclassified fields only
}

pub fn write_to_marketing(member: &Member) -> String {
    let mut buf = String::new();
    let _ = write!(buf, "{}", member);
    marketing::send_teaser(member.id, buf) // redline: no finding — Display prints only the nickname
}

pub fn writeln_debug_to_marketing(member: &Member) -> String {
    let mut buf = String::new();
    let _ = writeln!(buf, "{member:?}");
    marketing::send_teaser(member.id, buf) // redline: no finding — the hand-written Debug prints only the id
}

pub fn to_string_to_marketing(member: &Member) -> String {
    let text = member.to_string();
    marketing::send_teaser(member.id, text) // redline: no finding — `to_string` writes what Display writes: the nickname
}

pub fn borrowed_to_marketing(member: Member) -> String {
    let text = format!("{}", &member);
    marketing::send_teaser(member.id, text) // redline: no finding — Display of `&Member` is Member's: the nickname
}

pub fn mut_borrowed_to_marketing(member: &mut Member) -> String {
    member.nickname = member.nickname.trim().to_string();
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — Display of `&mut Member` is Member's: the nickname
}

pub fn boxed_to_marketing(member: Box<Member>) -> String {
    let text = format!("{member}");
    marketing::send_teaser(member.id, text) // redline: no finding — Display of `Box<Member>` is Member's: the nickname
}

pub fn rc_to_marketing(member: Rc<Member>) -> String {
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — Display of `Rc<Member>` is Member's: the nickname
}

pub fn arc_to_marketing(member: Arc<Member>) -> String {
    let text = format!("{:?}", member);
    marketing::send_teaser(member.id, text) // redline: no finding — Debug of `Arc<Member>` is Member's hand-written one: the id
}

pub fn helper_impl_to_marketing(intro: &Introduction) -> String {
    let text = format!("{intro}");
    marketing::send_teaser(intro.member_id, text) // redline: no finding — Display's helper returns the nickname
}

pub fn write_str_impl_to_marketing(intro: &Introduction) -> String {
    let text = format!("{intro:?}");
    marketing::send_teaser(intro.member_id, text) // redline: no finding — Debug writes only the nickname with `write_str`
}

pub fn enum_to_marketing(member_id: u64, preference: &ContactPreference) -> String {
    let text = format!("reach via {preference}");
    marketing::send_teaser(member_id, text) // redline: no finding — Display names the variant, never the number
}

pub fn card_display_to_marketing(card: &ProfileCard) -> String {
    let text = format!("{card}");
    marketing::send_teaser(card.member_id, text) // redline: no finding — the hand-written Display prints only the headline; the derived Debug is not used
}

pub fn referral_to_marketing(referral: &Referral) -> String {
    let text = format!("{} {:?}", referral, referral);
    marketing::send_teaser(referral.inviter_id, text) // redline: no finding — Display and Debug print only the code
}

pub fn members_debug_to_marketing(members: &[Member], first: Option<Member>) -> String {
    let text = format!("{:?} {:?}", members, first);
    marketing::send_teaser(0, text) // redline: no finding — std's Debug of a slice or Option prints each Member with its own, the id only
}

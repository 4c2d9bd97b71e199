redline::module_purpose!("account");

use crate::marketing;
use crate::members::{
    ContactCard, ContactPreference, Introduction, Member, PhoneNumber, ProfileCard, Referral,
};
use std::fmt::Write;
use std::rc::Rc;
use std::sync::Arc;

pub fn display_to_marketing(member: &Member) -> String {
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn positional_display_to_marketing(member: &Member) -> String {
    let text = format!("{0}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn inline_display_to_marketing(member: &Member) -> String {
    let text = format!("{member}");
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn named_display_to_marketing(member: &Member) -> String {
    let text = format!("{who}", who = member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn padded_display_to_marketing(member: &Member) -> String {
    let text = format!("{:>10}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn debug_to_marketing(member: &Member) -> String {
    let text = format!("{:?}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn pretty_debug_to_marketing(member: &Member) -> String {
    let text = format!("{:#?}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn positional_debug_to_marketing(member: &Member) -> String {
    let text = format!("{0:?}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn named_debug_to_marketing(member: &Member) -> String {
    let text = format!("{who:?}", who = member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn both_traits_to_marketing(member: &Member) -> String {
    let text = format!("{0} / {0:?}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn write_to_marketing(member: &Member) -> String {
    let mut buf = String::new();
    let _ = write!(buf, "{}", member);
    marketing::send_teaser(member.id, buf) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn writeln_debug_to_marketing(member: &Member) -> String {
    let mut buf = String::new();
    let _ = writeln!(buf, "{member:?}");
    marketing::send_teaser(member.id, buf) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn to_string_to_marketing(member: &Member) -> String {
    let text = member.to_string();
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn borrowed_to_marketing(member: Member) -> String {
    let text = format!("{}", &member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn mut_borrowed_to_marketing(member: &mut Member) -> String {
    member.nickname = member.nickname.trim().to_string();
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn boxed_to_marketing(member: Box<Member>) -> String {
    let text = format!("{member}");
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn rc_to_marketing(member: Rc<Member>) -> String {
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn arc_to_marketing(member: Arc<Member>) -> String {
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn helper_impl_to_marketing(intro: &Introduction) -> String {
    let text = format!("{intro}");
    marketing::send_teaser(intro.member_id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn write_str_impl_to_marketing(card: &ContactCard) -> String {
    let text = format!("{}", card);
    marketing::send_teaser(card.member_id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn enum_to_marketing(member_id: u64, preference: &ContactPreference) -> String {
    let text = format!("reach via {preference}");
    marketing::send_teaser(member_id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn derived_debug_to_marketing(card: &ProfileCard) -> String {
    let text = format!("{:?}", card);
    marketing::send_teaser(card.member_id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn derived_debug_and_display_to_marketing(card: &ProfileCard) -> String {
    let text = format!("{0} / {0:?}", card);
    marketing::send_teaser(card.member_id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn card_display_to_marketing(card: &ProfileCard) -> String {
    let text = format!("{}", card);
    marketing::send_teaser(card.member_id, text) // redline: no finding — the hand-written Display prints only the headline; the derived Debug is not used
}

pub fn other_trait_to_marketing(referral: &Referral) -> String {
    let text = format!("{:x}", referral);
    marketing::send_teaser(referral.inviter_id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn width_argument_to_marketing(referral: &Referral, width: usize) -> String {
    let text = format!("{:>1$}", referral, width);
    marketing::send_teaser(referral.inviter_id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn precision_argument_to_marketing(referral: &Referral) -> String {
    let text = format!("{:.*}", 6, referral);
    marketing::send_teaser(referral.inviter_id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn referral_display_to_marketing(referral: &Referral) -> String {
    let text = format!("{} {:?}", referral, referral);
    marketing::send_teaser(referral.inviter_id, text) // redline: no finding — the hand-written Display and Debug print only the code
}

pub fn vec_debug_to_marketing(members: Vec<Member>) -> String {
    let text = format!("{:?}", members);
    marketing::send_teaser(0, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn option_debug_to_marketing(member: Option<Member>) -> String {
    let text = format!("{:?}", member);
    marketing::send_teaser(0, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn classified_type_display_to_marketing(member_id: u64, phone: &PhoneNumber) -> String {
    let text = format!("{}", phone);
    marketing::send_teaser(member_id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn classified_type_debug_to_marketing(member_id: u64, phone: &PhoneNumber) -> String {
    let text = format!("{:?}", phone);
    marketing::send_teaser(member_id, text) // redline: no finding — its hand-written Debug prints a constant, nothing of the number
}

pub fn classified_field_to_marketing(member: &Member) -> String {
    let email = member.email.clone();
    let text = format!("{:>32}", email);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.email, marketing)
}

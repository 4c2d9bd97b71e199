redline::module_purpose!("account");

use crate::marketing;
use crate::members::{self, Household, Member, Referral};
use std::fmt::Write;

pub fn debug_to_marketing(member: &Member) -> String {
    let text = format!("{:?}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn inline_capture_to_marketing(member: &Member) -> String {
    let text = format!("{member:?}");
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn pretty_debug_to_marketing(member: Member) -> String {
    let text = format!("{:#?}", &member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn display_to_marketing(member: &Member) -> String {
    let text = format!("{}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn positional_to_marketing(member: &Member) -> String {
    let text = format!("{0} / {0:?}", member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn write_to_marketing(member: &Member) -> String {
    let mut buf = String::new();
    let _ = write!(buf, "{:?}", member);
    marketing::send_teaser(member.id, buf) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn dbg_to_marketing(member: &Member) -> String {
    let text = format!("{:?}", dbg!(member));
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn boxed_to_marketing(member: Box<Member>) -> String {
    let text = format!("{member:?}");
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn nested_to_marketing(household: &Household) -> String {
    let text = format!("{household:?}");
    marketing::send_teaser(household.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn nested_field_to_marketing(household: &Household) -> String {
    let text = format!("{:?}", household.head);
    marketing::send_teaser(household.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn helper_to_marketing(member: &Member) -> String {
    let text = members::describe(member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn referral_to_marketing(member_id: u64, referral: &Referral) -> String {
    let text = format!("{:?}", referral);
    marketing::send_teaser(member_id, text) // redline: expect purpose-violation (contact.email, marketing)
}

pub fn named_arg_to_marketing(member: &Member) -> String {
    let text = format!("{m:?}", m = member);
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn slice_to_marketing(members: &[Member]) -> String {
    let text = format!("{:?}", members);
    marketing::send_teaser(0, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn option_to_marketing(member: Option<Member>) -> String {
    let text = format!("{:?}", member);
    marketing::send_teaser(0, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn tuple_to_marketing(member: &Member) -> String {
    let text = format!("{:?}", (member.id, member));
    marketing::send_teaser(member.id, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn serialized_slice_to_marketing(members: &[Member]) -> String {
    let text = serde_json::to_string(&members).unwrap_or_default();
    marketing::send_teaser(0, text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn where_bound_to_marketing(member: &Member) -> bool where Member: Clone {
    let sent = marketing::send_teaser(member.id, member.phone.clone()); // redline: expect purpose-violation (contact.phone, marketing)
    !sent.is_empty()
}

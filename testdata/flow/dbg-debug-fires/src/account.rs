redline::module_purpose!("account");

use crate::marketing;
use crate::members::{Lead, Member};

pub fn confirm_then_tease(member: Member) -> String {
    let member = dbg!(member); // redline: no finding — `account` may use the e-mail Member's Debug writes
    marketing::send_teaser(member.id, member.phone.clone()) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn redacted_then_texted(lead: Lead) -> String {
    let lead = dbg!(&lead); // redline: no finding — Lead's Debug writes a constant
    marketing::send_sms(&lead.phone) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn boxed_then_teased(member: Box<Member>) -> String {
    let member = dbg!(member); // redline: no finding — `account` may use the e-mail Member's Debug writes
    marketing::send_teaser(member.id, member.email.clone()) // redline: expect purpose-violation (contact.email, marketing)
}

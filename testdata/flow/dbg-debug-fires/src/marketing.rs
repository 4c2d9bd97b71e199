redline::module_purpose!("marketing");

use crate::members::{ContactPreference, Lead, Member, ProfileCard};

pub fn send_teaser(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn send_sms(number: &str) -> String {
    format!("sms to {number}")
}

pub fn inspect_card(card: ProfileCard) -> String {
    let card = dbg!(card); // redline: expect purpose-violation (contact.phone, marketing) // redline: expect purpose-violation (contact.email, marketing)
    format!("New: {}", card.headline)
}

pub fn inspect_card_ref(card: &ProfileCard) -> String {
    dbg!(card); // redline: expect purpose-violation (contact.phone, marketing) // redline: expect purpose-violation (contact.email, marketing)
    format!("New: {}", card.headline)
}

pub fn inspect_member(member: Member) -> String {
    let member = dbg!(member); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn inspect_member_ref(member: Member) -> String {
    dbg!(&member); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn inspect_borrowed(member: &Member) -> String {
    dbg!(member); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn inspect_boxed(member: Box<Member>) -> String {
    let member = dbg!(member); // redline: expect purpose-violation (contact.email, marketing)
    format!("Hi {}", member.nickname)
}

pub fn inspect_members(members: Vec<Member>) -> String {
    dbg!(&members); // redline: expect purpose-violation (contact.email, marketing)
    format!("{} members", members.len())
}

pub fn inspect_preference(member_id: u64, preference: &ContactPreference) -> String {
    dbg!(preference); // redline: expect purpose-violation (contact.phone, marketing)
    format!("to {member_id}: we picked new matches for you")
}

pub fn inspect_lead_and_member(lead: &Lead, member: &Member) -> String {
    dbg!(lead, member); // redline: expect purpose-violation (contact.email, marketing)
    format!("lead {} for {}", lead.member_id, member.nickname)
}

pub fn text_lead(lead: Lead) -> String {
    let lead = dbg!(lead); // redline: no finding — Lead's Debug writes a constant
    send_sms(&lead.phone) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn text_member(member: Member) -> String {
    let member = dbg!(member); // redline: expect purpose-violation (contact.email, marketing)
    send_sms(&member.phone) // redline: expect purpose-violation (contact.phone, marketing)
}

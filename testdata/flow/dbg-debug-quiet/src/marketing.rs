redline::module_purpose!("marketing");

use crate::members::{ContactPreference, Lead, Member};

pub fn send_teaser(member_id: u64, text: String) -> String {
    format!("to {member_id}: {text}")
}

pub fn inspect_member(member: Member) -> String {
    let member = dbg!(member); // redline: no finding — Member's Debug writes the id and the nickname
    format!("Hi {}", member.nickname)
}

pub fn inspect_member_ref(member: Member) -> String {
    dbg!(&member); // redline: no finding — Debug of `&Member` is Member's: the id and the nickname
    format!("Hi {}", member.nickname)
}

pub fn inspect_borrowed(member: &Member) -> String {
    dbg!(member); // redline: no finding — Debug of `&Member` is Member's: the id and the nickname
    format!("Hi {}", member.nickname)
}

pub fn inspect_boxed(member: Box<Member>) -> String {
    let member = dbg!(member); // redline: no finding — Debug of `Box<Member>` is Member's: the id and the nickname
    format!("Hi {}", member.nickname)
}

pub fn inspect_members(members: Vec<Member>) -> String {
    dbg!(&members); // redline: no finding — std's Debug of a Vec prints each Member with its own: the id and the nickname
    format!("{} members", members.len())
}

pub fn inspect_lead(lead: Lead) -> String {
    let lead = dbg!(lead); // redline: no finding — Lead's Debug writes a constant
    send_teaser(lead.member_id, "we picked new matches for you".to_string())
}

pub fn inspect_lead_ref(lead: Lead) -> String {
    dbg!(&lead); // redline: no finding — Debug of `&Lead` is Lead's: a constant
    send_teaser(lead.member_id, "we picked new matches for you".to_string())
}

pub fn inspect_borrowed_lead(lead: &Lead) -> String {
    dbg!(lead); // redline: no finding — Debug of `&Lead` is Lead's: a constant
    send_teaser(lead.member_id, "we picked new matches for you".to_string())
}

pub fn inspect_preference(member_id: u64, preference: &ContactPreference) -> String {
    dbg!(preference); // redline: no finding — Debug names the variant, never the number
    send_teaser(member_id, "we picked new matches for you".to_string())
}

pub fn inspect_lead_and_member(lead: &Lead, member: &Member) -> String {
    dbg!(lead, member); // redline: no finding — a constant and the id and nickname
    format!("lead {} for {}", lead.member_id, member.nickname)
}

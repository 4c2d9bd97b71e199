redline::module_purpose!("marketing.sms");

use crate::audience;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

pub fn blast(members: Vec<Member>) -> usize {
    let audience = audience::reachable(members);
    audience.iter().map(|m| gateway::send_sms(&m.phone, OFFER)).sum() // redline: expect missing-consent (contact.phone, marketing.sms)
}

pub fn blast_in_place(mut members: Vec<Member>) -> usize {
    audience::keep_reachable(&mut members);
    members.iter().map(|m| gateway::send_sms(&m.phone, OFFER)).sum() // redline: expect missing-consent (contact.phone, marketing.sms)
}

pub fn offer(m: &Member) -> usize {
    audience::sms_target(m).map_or(0, |to| gateway::send_sms(to, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

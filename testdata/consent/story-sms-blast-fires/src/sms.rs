redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The weekend promotion, to every paying member.
pub fn weekend_blast(members: &[Member]) -> usize {
    members
        .iter()
        .filter(|m| m.is_paying())
        .map(|m| gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
        .sum()
}

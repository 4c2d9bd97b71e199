redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The suppression names another lint: the finding stays, and the suppression is unused.
pub fn offer(m: &Member) -> usize {
    // redline:allow(purpose-violation) staff test numbers only
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// A suppression without a reason suppresses nothing.
pub fn offer_again(m: &Member) -> usize {
    // redline:allow(missing-consent)
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

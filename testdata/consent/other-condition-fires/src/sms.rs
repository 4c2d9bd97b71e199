redline::module_purpose!("marketing.sms");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `is_paying()` says nothing about consent.
pub fn offer_gold(m: &Member) -> usize {
    if m.is_paying() {
        return gateway::send_sms(&m.phone, "Thanks for being Gold"); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    0
}

/// An opt-out of another rule (calls) does not satisfy the rule for promotions.
pub fn offer(m: &Member) -> usize {
    if on_dnc_list(m) {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// A membership test is no consent either.
pub fn offer_if_known(m: &Member, known: &[u64]) -> usize {
    if !known.contains(&m.id) {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

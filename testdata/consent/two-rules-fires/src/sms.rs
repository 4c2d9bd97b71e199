redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// Neither rule is satisfied: one finding for each rule, at the same use.
pub fn offer(m: &Member) -> usize {
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The opt-in is checked, STOP is not.
pub fn offer_opted_in(m: &Member) -> usize {
    if !allows(m) {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// STOP is checked, the opt-in is not.
pub fn offer_not_stopped(m: &Member) -> usize {
    if m.sms_stopped {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

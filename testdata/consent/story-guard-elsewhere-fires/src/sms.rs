redline::module_purpose!("marketing.sms");

use crate::checks;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

pub fn offer(m: &Member) -> usize {
    checks::check_consent(m);
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

pub fn offer_if_allowed(m: &Member) -> usize {
    if !checks::may_text(m) {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

pub fn offer_direct(m: &Member) -> usize {
    gateway::send_sms(checks::phone_for_offer(m), OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `then_some` evaluates its argument before looking at the guard: the SMS is sent
/// either way, only the returned value depends on the guard.
pub fn offer(m: &Member) -> Option<usize> {
    allows(m).then_some(gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The closure runs when the guard is false.
pub fn offer_by_field(m: &Member) -> usize {
    (!m.marketing_opt_in).then(|| gateway::send_sms(&m.phone, OFFER)).unwrap_or(0) // redline: expect missing-consent (contact.phone, marketing.sms)
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The guard is called as a statement; its result is dropped.
pub fn offer(m: &Member) -> usize {
    allows(m);
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// `let _ = guard(..)`.
pub fn offer_discarded(m: &Member) -> usize {
    let _ = allows(m);
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The result is stored and only logged.
pub fn offer_logged(m: &Member) -> usize {
    let opted_in = m.marketing_opt_in;
    gateway::note(if opted_in { "opted in" } else { "not opted in" }, m.id);
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The use is in the `else` branch: it runs exactly when the guard is false.
pub fn offer(m: &Member) -> usize {
    if allows(m) {
        gateway::note("opted in, offer sent by e-mail", m.id);
        0
    } else {
        gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
    }
}

/// The use follows the `if` instead of being inside it.
pub fn offer_by_field(m: &Member) -> usize {
    if m.marketing_opt_in {
        gateway::note("opted in", m.id);
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The first use is guarded, the second is not: reported at the second.
pub fn offer_twice(m: &Member) -> usize {
    let mut sent = 0;
    if allows(m) {
        sent += gateway::send_sms(&m.phone, OFFER); // redline: no finding — guarded
    }
    sent += gateway::send_sms(&m.phone, "Last chance!"); // redline: expect missing-consent (contact.phone, marketing.sms)
    sent
}

/// One finding per function, category and rule, at the first unguarded use.
pub fn offer_thrice(m: &Member) -> usize {
    let first = gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    let second = gateway::send_sms(&m.phone, "Last chance!"); // redline: no finding — second unguarded use in the same function
    first + second
}

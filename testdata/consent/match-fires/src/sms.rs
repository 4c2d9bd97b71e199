redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The arms are swapped: the use is in the `false` arm.
pub fn offer(m: &Member) -> usize {
    match allows(m) {
        true => 0,
        false => gateway::send_sms(&m.phone, OFFER), // redline: expect missing-consent (contact.phone, marketing.sms)
    }
}

/// A wildcard arm: the use runs whatever the guard says.
pub fn offer_by_field(m: &Member) -> usize {
    match m.marketing_opt_in {
        _ => gateway::send_sms(&m.phone, OFFER), // redline: expect missing-consent (contact.phone, marketing.sms)
    }
}

/// The arm's condition is another one; the consent arm comes after it.
pub fn offer_by_plan(m: &Member) -> usize {
    match m.paying {
        true if m.is_paying() => gateway::send_sms(&m.phone, "Thanks for being Gold"), // redline: expect missing-consent (contact.phone, marketing.sms)
        false if allows(m) => gateway::send_sms(&m.phone, OFFER), // redline: no finding — guarded, and the function already has its finding
        _ => 0,
    }
}

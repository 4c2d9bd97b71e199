redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `||`: the use runs for paying members whatever their consent.
pub fn offer_gold(m: &Member) -> usize {
    if m.is_paying() || allows(m) {
        return gateway::send_sms(&m.phone, "Thanks for being Gold"); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    0
}

/// `||` as an expression: the right side runs when the guard is false.
pub fn offer(m: &Member) -> bool {
    m.marketing_opt_in || gateway::send_sms(&m.phone, OFFER) > 0 // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The exit needs both conditions: a member who did not opt in and is not paying
/// reaches the use.
pub fn offer_free(m: &Member) -> usize {
    if !m.marketing_opt_in && m.is_paying() {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

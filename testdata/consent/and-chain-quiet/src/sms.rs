redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The guard is one of the conditions of an `&&` chain.
pub fn offer_gold(m: &Member) -> usize {
    if m.is_paying() && allows(m) {
        return gateway::send_sms(&m.phone, "Thanks for being Gold");
    }
    0
}

/// `&&` as an expression: the right side runs only when the guard is true.
pub fn offer(m: &Member) -> bool {
    m.marketing_opt_in && gateway::send_sms(&m.phone, OFFER) > 0
}

/// An early exit on `!guard || other`: reaching the use needs the guard to be true.
pub fn offer_free(m: &Member) -> usize {
    if !m.marketing_opt_in || m.is_paying() {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER)
}

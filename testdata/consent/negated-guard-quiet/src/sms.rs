redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The negated guard's branch does nothing; the use is in the other one.
pub fn offer(m: &Member) -> usize {
    if !allows(m) {
        0
    } else {
        gateway::send_sms(&m.phone, OFFER)
    }
}

/// Double negation.
pub fn offer_by_field(m: &Member) -> usize {
    if !(!m.marketing_opt_in) {
        return gateway::send_sms(&m.phone, OFFER);
    }
    0
}

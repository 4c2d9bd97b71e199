redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `if !opted_in { send }`: texts exactly the members who did not opt in.
pub fn offer(m: &Member) -> usize {
    if !m.marketing_opt_in {
        return gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    0
}

/// The same with the guard function, through a local.
pub fn offer_checked(m: &Member) -> usize {
    let refused = !allows(m);
    if refused {
        return gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    0
}

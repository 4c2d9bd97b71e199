redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The guard's result is kept in a local and tested before the use.
pub fn offer(m: &Member) -> usize {
    let may_text = allows(m);
    if may_text {
        return gateway::send_sms(&m.phone, OFFER);
    }
    0
}

/// The same with the guard field.
pub fn offer_by_field(m: &Member) -> usize {
    let opted_in = m.marketing_opt_in;
    if !opted_in {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER)
}

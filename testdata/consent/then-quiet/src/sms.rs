redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `guard(&m).then(|| ..)`: the closure runs only when the guard is true.
pub fn offer(m: &Member) -> Option<usize> {
    allows(m).then(|| gateway::send_sms(&m.phone, OFFER))
}

/// The same on the guard field.
pub fn offer_by_field(m: &Member) -> usize {
    m.marketing_opt_in.then(|| gateway::send_sms(&m.phone, OFFER)).unwrap_or(0)
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `ensure!(guard, ..)` before the use.
pub fn offer(m: &Member) -> Result<usize, String> {
    ensure!(allows(m), "member {} did not opt in", m.id);
    Ok(gateway::send_sms(&m.phone, OFFER))
}

/// With the guard field, and another condition besides.
pub fn offer_gold(m: &Member) -> Result<usize, String> {
    ensure!(m.marketing_opt_in && m.is_paying(), "member {} is not an opted-in Gold member", m.id);
    Ok(gateway::send_sms(&m.phone, "Thanks for being Gold"))
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The guard is one side of an `||`: the use is reached with the guard false.
pub fn offer(m: &Member) -> Result<usize, String> {
    ensure!(allows(m) || m.is_paying(), "member {} cannot be texted", m.id);
    Ok(gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// `ensure!` on another condition.
pub fn offer_gold(m: &Member) -> Result<usize, String> {
    ensure!(m.is_paying(), "member {} is not Gold", m.id);
    Ok(gateway::send_sms(&m.phone, "Thanks for being Gold")) // redline: expect missing-consent (contact.phone, marketing.sms)
}

redline::module_purpose!("marketing.sms");

use crate::checks;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

pub fn offer(m: &Member) -> Result<usize, String> {
    checks::check_consent(m)?;
    Ok(gateway::send_sms(&m.phone, OFFER))
}

pub fn offer_if_allowed(m: &Member) -> usize {
    if !checks::may_text(m) {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER)
}

pub fn offer_direct(m: &Member) -> usize {
    checks::phone_for_offer(m).map_or(0, |to| gateway::send_sms(to, OFFER))
}

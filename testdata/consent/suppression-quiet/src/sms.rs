redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// A trailing suppression on the use's line.
pub fn offer_staff(m: &Member) -> usize {
    gateway::send_sms(&m.phone, OFFER) // redline:allow(missing-consent) staff test numbers only (PRIV-77)
}

// redline:allow(missing-consent) a legal notice required by the regulator, not a promotion (PRIV-80)
pub fn price_change_notice(m: &Member) -> usize {
    gateway::send_sms(&m.phone, "Our prices change on 1 May")
}

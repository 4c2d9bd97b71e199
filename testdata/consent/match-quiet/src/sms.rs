redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `match` on the guard: the use is in the `true` arm.
pub fn offer(m: &Member) -> usize {
    match allows(m) {
        true => gateway::send_sms(&m.phone, OFFER),
        false => 0,
    }
}

/// `match` with an early exit in the `false` arm, the use after it.
pub fn offer_by_field(m: &Member) -> usize {
    match m.marketing_opt_in {
        false => return 0,
        true => {}
    }
    gateway::send_sms(&m.phone, OFFER)
}

/// A match arm guarded by the consent guard.
pub fn offer_by_plan(m: &Member) -> usize {
    match m.paying {
        true if allows(m) => gateway::send_sms(&m.phone, "Thanks for being Gold"),
        false if allows(m) => gateway::send_sms(&m.phone, OFFER),
        _ => 0,
    }
}

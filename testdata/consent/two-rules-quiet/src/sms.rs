redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// Both rules satisfied.
pub fn offer(m: &Member) -> usize {
    if allows(m) && !m.sms_stopped {
        return gateway::send_sms(&m.phone, OFFER);
    }
    0
}

/// Both, as successive early exits.
pub fn offer_all(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        if m.sms_stopped {
            continue;
        }
        if !m.marketing_opt_in {
            continue;
        }
        sent += gateway::send_sms(&m.phone, OFFER);
    }
    sent
}

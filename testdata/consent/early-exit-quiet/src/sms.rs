redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `if !guard { return }` before the use.
pub fn offer(m: &Member) -> usize {
    if !allows(m) {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER)
}

/// `if !guard { continue }` in a loop, before the use.
pub fn offer_all(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        if !m.marketing_opt_in {
            continue;
        }
        sent += gateway::send_sms(&m.phone, OFFER);
    }
    sent
}

/// `if !guard { bail!(..) }` before the use.
pub fn offer_checked(m: &Member) -> Result<usize, String> {
    if !allows(m) {
        bail!("member {} did not opt in", m.id);
    }
    Ok(gateway::send_sms(&m.phone, OFFER))
}

/// `if !guard { break }`: the loop ends at the first member who did not opt in.
pub fn offer_until_refused(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        if !m.marketing_opt_in {
            break;
        }
        sent += gateway::send_sms(&m.phone, OFFER);
    }
    sent
}

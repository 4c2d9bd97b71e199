redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The SMS is sent, then consent is checked.
pub fn offer(m: &Member) -> usize {
    let sent = gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    if !allows(m) {
        return 0;
    }
    sent
}

/// In a loop: the check ends the loop only after the member was texted.
pub fn offer_all(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        sent += gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
        if !m.marketing_opt_in {
            break;
        }
    }
    sent
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The guard before the use; a second look after it changes nothing.
pub fn offer(m: &Member) -> usize {
    if !allows(m) {
        return 0;
    }
    let sent = gateway::send_sms(&m.phone, OFFER);
    if !m.marketing_opt_in {
        gateway::note("opted out while we were sending", m.id);
    }
    sent
}

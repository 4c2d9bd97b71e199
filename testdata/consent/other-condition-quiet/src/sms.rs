redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// Another condition, and the guard inside it.
pub fn offer_gold(m: &Member) -> usize {
    if m.is_paying() {
        if allows(m) {
            return gateway::send_sms(&m.phone, "Thanks for being Gold");
        }
    }
    0
}

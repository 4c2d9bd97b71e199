redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub fn offer(m: &Member) -> usize {
    if !allows(m) {
        return 0;
    }
    gateway::send_sms(&m.phone, "Gold is half price")
}

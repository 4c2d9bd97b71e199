redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

pub fn offer(m: &Member) -> usize {
    gateway::send_sms(&m.phone, OFFER)
}

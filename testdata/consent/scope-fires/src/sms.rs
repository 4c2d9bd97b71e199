redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

/// `contact.phone` is inside `contact`, `marketing.sms` inside `marketing`.
pub fn offer(m: &Member) -> usize {
    gateway::send_sms(&m.phone, "Gold is half price") // redline: expect missing-consent (contact.phone, marketing.sms)
}

redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

/// Allowed for the category, unguarded: the consent finding.
pub fn offer(m: &Member) -> usize {
    gateway::send_sms(&m.phone, "Gold is half price this weekend") // redline: expect missing-consent (contact.phone, marketing.sms)
}

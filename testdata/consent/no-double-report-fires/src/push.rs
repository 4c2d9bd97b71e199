redline::module_purpose!("marketing.push");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

/// `marketing.push` is not allowed for `contact` at all: a purpose violation, and no
/// consent finding on top of it.
pub fn push_fallback(m: &Member) -> usize {
    gateway::send_sms(&m.phone, "You have a new match") // redline: expect purpose-violation (contact.phone, marketing.push)
}

/// A guard does not make a forbidden purpose allowed.
pub fn push_fallback_opted_in(m: &Member) -> usize {
    if allows(m) {
        return gateway::send_sms(&m.phone, "You have a new match"); // redline: expect purpose-violation (contact.phone, marketing.push)
    }
    0
}

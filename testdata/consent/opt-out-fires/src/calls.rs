redline::module_purpose!("sales.calls");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

/// The test is inverted: only members who opted out are called.
pub fn call_list(members: &[Member]) -> usize {
    let mut reached = 0;
    for m in members {
        if !m.do_not_call {
            continue;
        }
        if gateway::dial(&m.phone) { // redline: expect missing-consent (contact.phone, sales.calls)
            reached += 1;
        }
    }
    reached
}

/// The opt-out is looked at, but the call is placed anyway.
pub fn call_back(m: &Member) -> bool {
    if on_dnc_list(m) {
        gateway::note("calling a member on the do-not-call list", m.id);
    }
    gateway::dial(&m.phone) // redline: expect missing-consent (contact.phone, sales.calls)
}

/// The use in the branch where the opt-out is true.
pub fn call_once(m: &Member) -> bool {
    if m.do_not_call {
        gateway::dial(&m.phone) // redline: expect missing-consent (contact.phone, sales.calls)
    } else {
        false
    }
}

/// The exit needs a second condition: an opted-out member who is not paying is called.
pub fn call_paying_later(m: &Member) -> bool {
    if on_dnc_list(m) && m.is_paying() {
        return false;
    }
    gateway::dial(&m.phone) // redline: expect missing-consent (contact.phone, sales.calls)
}

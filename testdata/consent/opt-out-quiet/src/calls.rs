redline::module_purpose!("sales.calls");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

/// `if m.do_not_call { continue }` before the use.
pub fn call_list(members: &[Member]) -> usize {
    let mut reached = 0;
    for m in members {
        if m.do_not_call {
            continue;
        }
        if gateway::dial(&m.phone) {
            reached += 1;
        }
    }
    reached
}

/// The opt-out function, as an early return.
pub fn call_back(m: &Member) -> bool {
    if on_dnc_list(m) {
        return false;
    }
    gateway::dial(&m.phone)
}

/// The use in the branch where the opt-out is false.
pub fn call_once(m: &Member) -> bool {
    if !m.do_not_call {
        gateway::dial(&m.phone)
    } else {
        false
    }
}

/// `opt_out || use`: the right side runs only when the opt-out is false.
pub fn call_unless_refused(m: &Member) -> bool {
    m.do_not_call || gateway::dial(&m.phone)
}

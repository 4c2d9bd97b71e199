redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::member::Member;

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

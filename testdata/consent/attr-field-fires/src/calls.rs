redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::member::Member;

pub fn call_list(members: &[Member]) -> usize {
    let mut reached = 0;
    for m in members {
        if gateway::dial(&m.phone) { // redline: expect missing-consent (contact.phone, sales.calls)
            reached += 1;
        }
    }
    reached
}

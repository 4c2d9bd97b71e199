redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::member::Member;

/// Purpose `sales.calls` is not in the rule: no guard needed.
pub fn follow_up(m: &Member) -> bool {
    gateway::dial(&m.phone)
}

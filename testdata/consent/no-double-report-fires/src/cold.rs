redline::module_purpose!("sales.cold_calls");

use crate::gateway;
use crate::member::Member;

/// Allowed by `sales` but denied by a [[deny]] rule: a purpose violation only.
pub fn cold_call(m: &Member) -> bool {
    gateway::dial(&m.phone) // redline: expect purpose-violation (contact.phone, sales.cold_calls)
}

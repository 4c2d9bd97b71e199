redline::module_purpose!("sales.calls");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

/// An opt-out is not a guard: `if on_dnc_list(m) { call }` calls those who refused.
pub fn call(m: &Member) -> bool {
    if on_dnc_list(m) {
        return gateway::dial(&m.phone); // redline: expect missing-consent (contact.phone, sales.calls)
    }
    false
}

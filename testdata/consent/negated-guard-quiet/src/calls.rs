redline::module_purpose!("sales.calls");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

/// Negating an opt-out makes a guard: the call runs when the opt-out is false.
pub fn call(m: &Member) -> bool {
    if !on_dnc_list(m) {
        return gateway::dial(&m.phone);
    }
    false
}

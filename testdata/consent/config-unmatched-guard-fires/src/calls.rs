redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::member::Member;

pub fn call(m: &Member) -> bool {
    if m.do_not_call {
        return false;
    }
    gateway::dial(&m.phone) // redline: expect missing-consent (contact.phone, sales.calls)
}

redline::module_purpose!("sales.calls");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

pub fn call_back(m: &Member) -> bool {
    if !on_dnc_list(m) {
        gateway::note("calling", m.id);
    }
    gateway::dial(&m.phone) // redline: expect missing-consent (contact.phone, sales.calls)
}

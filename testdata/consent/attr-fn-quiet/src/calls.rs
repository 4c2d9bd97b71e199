redline::module_purpose!("sales.calls");

use crate::consent::on_dnc_list;
use crate::gateway;
use crate::member::Member;

pub fn call_back(m: &Member) -> bool {
    if on_dnc_list(m) {
        return false;
    }
    gateway::dial(&m.phone)
}

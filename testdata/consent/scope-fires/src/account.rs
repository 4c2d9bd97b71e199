redline::module_purpose!("account");

use crate::gateway;
use crate::member::Member;

/// Purpose `account` is not in the rule: no guard needed.
pub fn login_code(m: &Member, code: u32) -> usize {
    gateway::send_sms(&m.phone, &format!("Your code is {code}"))
}

//! Helpers with no purpose. Their names promise consent; their bodies do not keep it.

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

/// Keeps the paying members, whatever their consent.
pub fn reachable(members: Vec<Member>) -> Vec<Member> {
    members.into_iter().filter(|m| m.is_paying()).collect()
}

/// Counts the members who opted in, and keeps them all.
pub fn keep_reachable(members: &mut Vec<Member>) {
    let n = members.iter().filter(|m| m.marketing_opt_in).count();
    gateway::note("reachable members", n as u64);
}

/// Checks consent, then returns the number whatever the answer.
pub fn sms_target(m: &Member) -> Option<&str> {
    if !allows(m) {
        gateway::note("no opt-in", m.id);
    }
    Some(&m.phone)
}

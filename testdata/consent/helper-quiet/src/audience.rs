//! Helpers with no purpose, recognised from their bodies: nothing about them is
//! configured.

use crate::consent::allows;
use crate::member::Member;

/// Keeps only the members who opted in.
pub fn reachable(members: Vec<Member>) -> Vec<Member> {
    members.into_iter().filter(|m| allows(m)).collect()
}

/// Drops, in place, the members who did not opt in.
pub fn keep_reachable(members: &mut Vec<Member>) {
    members.retain(|m| m.marketing_opt_in);
}

/// The phone number, only for a member who opted in.
pub fn sms_target(m: &Member) -> Option<&str> {
    if allows(m) {
        Some(&m.phone)
    } else {
        None
    }
}

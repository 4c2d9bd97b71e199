//! Consent checks. No purpose of their own.

use crate::consent::allows;
use crate::member::Member;

/// An error unless the member opted in.
pub fn check_consent(m: &Member) -> Result<(), String> {
    if allows(m) {
        Ok(())
    } else {
        Err(format!("member {} did not opt in", m.id))
    }
}

/// True only for members who opted in (and whose account is not new).
pub fn may_text(m: &Member) -> bool {
    allows(m) && m.id > 1000
}

/// The number, only for members who opted in.
pub fn phone_for_offer(m: &Member) -> Option<&str> {
    if !allows(m) {
        return None;
    }
    Some(&m.phone)
}

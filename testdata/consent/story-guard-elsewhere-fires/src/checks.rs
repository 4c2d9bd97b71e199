//! Consent checks. No purpose of their own.

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

/// Logs a missing consent; returns nothing, stops nothing.
pub fn check_consent(m: &Member) {
    if !allows(m) {
        gateway::note("texting without opt-in", m.id);
    }
}

/// True for members who opted in, and for paying ones whatever they said.
pub fn may_text(m: &Member) -> bool {
    allows(m) || m.is_paying()
}

/// The number, after a consent check whose answer it ignores.
pub fn phone_for_offer(m: &Member) -> &str {
    let _ = allows(m);
    &m.phone
}

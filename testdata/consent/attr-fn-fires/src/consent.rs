//! Consent look-ups, marked in code as a guard and an opt-out.

use crate::member::Member;

/// true: the member agreed to receive promotions.
#[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
pub fn allows(m: &Member) -> bool {
    m.marketing_opt_in
}

/// true: the member is on the do-not-call list.
#[redline::opt_out(purposes = ["sales.calls"], categories = ["contact.phone"])]
pub fn on_dnc_list(m: &Member) -> bool {
    m.do_not_call
}

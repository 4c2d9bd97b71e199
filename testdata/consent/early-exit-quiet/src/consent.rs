//! Consent look-ups. In redline.toml, `allows` is a guard of the [[consent]] rule
//! for promotions and `on_dnc_list` an opt-out of the rule for sales calls.

use crate::member::Member;

/// true: the member agreed to receive promotions.
pub fn allows(m: &Member) -> bool {
    m.marketing_opt_in
}

/// true: the member is on the do-not-call list.
pub fn on_dnc_list(m: &Member) -> bool {
    m.do_not_call
}

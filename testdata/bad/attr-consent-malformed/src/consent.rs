//! Consent look-ups with malformed attributes.

use crate::member::Member;

/// Not a `bool` function: a guard must answer yes or no.
#[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
pub fn phone_of(m: &Member) -> String {
    m.phone.clone()
}

/// No `purposes`.
#[redline::opt_out(categories = ["contact.phone"])]
pub fn on_dnc_list(m: &Member) -> bool {
    m.do_not_call
}

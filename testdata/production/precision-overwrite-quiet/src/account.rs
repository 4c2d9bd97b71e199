redline::module_purpose!("account");

use crate::members::Member;
use crate::sales;

/// A refactor left the first assignment behind; the phone number never leaves.
pub fn export_lead(m: &Member) -> usize {
    let mut handle = m.phone.clone();
    handle = m.display_name.clone();
    sales::add_lead(&handle) // redline: no finding — overwritten before use
}

pub fn export_all(members: &[Member]) -> usize {
    let mut total = 0;
    for m in members {
        let mut handle = m.phone.replace(' ', "");
        handle = format!("member-{}", m.id);
        total += sales::add_lead(&handle); // redline: no finding — overwritten before use
    }
    total
}

pub fn export_kind(m: &Member) -> usize {
    let mut handle = m.phone.clone();
    handle = match m.phone_verified {
        true => String::from("verified"),
        false => String::from("unverified"),
    };
    sales::add_lead(&handle) // redline: no finding — overwritten before use
}

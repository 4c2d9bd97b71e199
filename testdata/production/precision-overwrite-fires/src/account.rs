redline::module_purpose!("account");

use crate::members::Member;
use crate::sales;

/// Only unverified numbers are replaced by the member's name: verified ones go to sales.
pub fn export_lead(m: &Member) -> usize {
    let mut handle = m.phone.clone();
    if !m.phone_verified {
        handle = m.display_name.clone();
    }
    sales::add_lead(&handle) // redline: expect purpose-violation (contact.phone, sales)
}

pub fn export_fallback(m: &Member) -> usize {
    let mut handle = m.phone.clone();
    let n = sales::add_lead(&handle); // redline: expect purpose-violation (contact.phone, sales)
    handle = format!("member-{}", m.id);
    n + handle.len()
}

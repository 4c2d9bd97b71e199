//! Outreach jobs. No purpose of their own: what matters is the purpose of the sink.

use crate::member::Member;
use crate::vendor::SmsVendor;

pub const OFFER: &str = "Gold is half price this weekend";

/// Every member's number goes into the `marketing.sms` sink.
pub fn weekly(vendor: &SmsVendor, members: &[Member]) -> usize {
    members.iter().filter(|m| vendor.send(&m.phone, OFFER)).count() // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// Paying members' numbers go into it, whatever their consent.
pub fn weekly_paying(vendor: &SmsVendor, members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        if m.is_paying() && vendor.send(&m.phone, OFFER) { // redline: expect missing-consent (contact.phone, marketing.sms)
            sent += 1;
        }
    }
    sent
}

/// A login code goes to a sink with purpose `account`, which no consent rule covers.
pub fn login_code(vendor: &SmsVendor, m: &Member, code: u32) -> bool {
    vendor.send_code(&m.phone, code) // redline: no finding — purpose `account` is not in the rule
}

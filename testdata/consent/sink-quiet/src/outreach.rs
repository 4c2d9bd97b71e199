//! Outreach jobs. No purpose of their own: what matters is the purpose of the sink.

use crate::consent::allows;
use crate::member::Member;
use crate::vendor::SmsVendor;

pub const OFFER: &str = "Gold is half price this weekend";

/// The phone number reaches the `marketing.sms` sink only for members who opted in.
pub fn weekly(vendor: &SmsVendor, members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        if !allows(m) {
            continue;
        }
        if vendor.send(&m.phone, OFFER) {
            sent += 1;
        }
    }
    sent
}

/// A login code goes to a sink with purpose `account`, which no consent rule covers.
pub fn login_code(vendor: &SmsVendor, m: &Member, code: u32) -> bool {
    vendor.send_code(&m.phone, code)
}

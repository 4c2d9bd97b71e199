redline::module_purpose!("marketing.email");

use crate::views::ProfileView;

// redline: no finding — browsing allows marketing; only marketing.sms is denied.
pub fn nudge(v: &ProfileView) -> u64 {
    v.viewer
}

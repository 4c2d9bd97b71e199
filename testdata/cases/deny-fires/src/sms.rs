redline::module_purpose!("marketing.sms");

use crate::views::ProfileView;

pub fn nudge(v: &ProfileView) -> u64 { // redline: expect purpose-violation (browsing, marketing.sms)
    v.viewer
}

redline::module_purpose!("sales");

use crate::views::ProfileView;

// redline: no finding — browsing allows sales; the deny rule covers only sales.outbound.
pub fn interest(v: &ProfileView) -> u64 {
    v.viewed
}

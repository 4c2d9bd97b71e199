redline::module_purpose!("sales");

use crate::stats;
use crate::store::Store;

// redline: no finding — the unscoped helper declassifies browsing.
pub fn popularity_pitch(store: &Store, member: u64) -> String {
    let n = stats::weekly_views(store, member);
    format!("{n} people viewed you this week. See who with Gold!")
}

//! The Monday report for team leads.

use analytics::weekly::weekly_view_count;
use members::MemberId;
use views::ViewLog;

#[derive(Debug, Clone, Default)]
pub struct WeeklyReport {
    pub rows: Vec<(MemberId, u32)>,
}

/// Members whose profile got at least ten viewers this week: a good moment
/// to call and offer a boost.
// redline: no finding — weekly_view_count declassifies browsing ("weekly totals only").
pub fn hot_profiles(log: &ViewLog, members: &[MemberId], now: u64) -> WeeklyReport {
    let mut rows: Vec<(MemberId, u32)> = members.iter().map(|&m| (m, weekly_view_count(log, m, now))).collect();
    rows.retain(|r| r.1 >= 10);
    rows.sort_by(|a, b| b.1.cmp(&a.1));
    WeeklyReport { rows }
}

use members::MemberId;
use views::ViewLog;

const WEEK_SECS: u64 = 7 * 24 * 3600;

/// Number of distinct members who viewed `member` in the week ending `now`.
/// Only the total leaves this function, never who viewed whom.
#[redline::declassify(from = "browsing", reason = "weekly totals only")]
pub fn weekly_view_count(log: &ViewLog, member: MemberId, now: u64) -> u32 {
    let mut viewers: Vec<MemberId> = Vec::new();
    for view in log.viewers_of(member) {
        if view.at + WEEK_SECS >= now && !viewers.contains(&view.viewer) {
            viewers.push(view.viewer);
        }
    }
    viewers.len() as u32
}

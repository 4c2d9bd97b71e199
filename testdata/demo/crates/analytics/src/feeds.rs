use members::{Account, MemberId};
use views::ViewLog;

/// Nightly export to the matchmakers' CRM: members who browsed a lot are
/// "actively looking" and get called first. Purpose `sales` is assigned to
/// this function in redline.toml ([functions]).
pub fn nightly_lead_feed(log: &ViewLog, accounts: &[Account]) -> Vec<(MemberId, u32)> {
    let mut feed = Vec::new();
    for account in accounts {
        let browsed = log.viewed_by(account.member_id); // redline: expect purpose-violation (browsing, sales)
        if browsed.len() >= 20 {
            feed.push((account.member_id, browsed.len() as u32));
        }
    }
    feed.sort_by(|a, b| b.1.cmp(&a.1));
    feed
}

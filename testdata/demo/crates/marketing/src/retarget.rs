use members::Account;
use views::ViewLog;

use crate::campaigns::Email;

/// "3 people viewed your profile this week — see who with Gold!", naming the
/// most recent viewer. Browsing is for matching; the deny rule also names
/// `marketing`, which covers `marketing.email`.
pub fn viewed_you_campaign(log: &ViewLog, accounts: &[Account]) -> Vec<Email> {
    let mut out = Vec::new();
    for account in accounts {
        let viewers = log.viewers_of(account.member_id); // redline: expect purpose-violation (browsing, marketing.email)
        if viewers.is_empty() {
            continue;
        }
        let latest = viewers[0].viewer;
        let to = account.email.clone();
        let body = format!("{} people viewed you, most recently member #{latest}. Upgrade to see them all!", viewers.len());
        out.push(Email { to, subject: "Someone is interested".to_string(), body });
    }
    out
}

use chat::{ChatStore, DirectMessage};
use members::{Account, MemberId};

#[derive(Debug, Clone)]
pub struct AbuseReport {
    pub reporter: MemberId,
    pub reported: MemberId,
    pub reason: String,
    pub filed_at: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    NoAction,
    Warn,
    Suspend,
}

const SCAM_MARKERS: [&str; 5] = ["gift card", "wire transfer", "crypto", "western union", "customs fee"];

/// Reads the reported member's messages to the reporter.
// redline: no finding — chat allows trust_and_safety.
pub fn review(store: &ChatStore, report: &AbuseReport) -> Verdict {
    let transcript = store.history_of(report.reported);
    let mut hits = 0;
    for m in transcript.iter() {
        if m.sender == report.reported && m.recipient == report.reporter && is_scam(m) {
            hits += 1;
        }
    }
    match hits {
        0 => Verdict::NoAction,
        1 | 2 => Verdict::Warn,
        _ => Verdict::Suspend,
    }
}

/// Number of scam-looking messages a member sent. Returns a count only.
// redline: no finding — trust_and_safety.
pub fn open_flags(store: &ChatStore, member: MemberId) -> usize {
    store.history_of(member).iter().filter(|m| m.sender == member && is_scam(m)).count()
}

/// Phone number to give the police with a court order.
// redline: no finding — contact.phone allows trust_and_safety.
pub fn phone_for_police(account: &Account) -> Option<String> {
    account.phone.clone()
}

fn is_scam(m: &DirectMessage) -> bool {
    let body = m.body.to_lowercase();
    SCAM_MARKERS.iter().any(|k| body.contains(k))
}

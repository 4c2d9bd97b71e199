use chat::ChatStore;
use members::MemberId;

/// 0–100: how active a member is in conversations.
// redline: no finding here — unscoped; what it touches is reported at the purposed caller (crm::scoring::rank_leads).
pub fn engagement_score(store: &ChatStore, member: MemberId) -> u32 {
    let rate = reply_rate(store, member);
    let waiting = store.unread_count(member) as u32;
    ((rate * 80.0) as u32 + waiting.min(20)).min(100)
}

/// Share of the messages a member received that they answered within a day.
pub fn reply_rate(store: &ChatStore, member: MemberId) -> f64 {
    let history = store.history_of(member);
    let mut received = 0u32;
    let mut answered = 0u32;
    for (i, m) in history.iter().enumerate() {
        if m.recipient != member {
            continue;
        }
        received += 1;
        let replied = history[i + 1..].iter().any(|r| r.sender == member && r.sent_at <= m.sent_at + 86_400);
        if replied {
            answered += 1;
        }
    }
    if received == 0 { 0.0 } else { f64::from(answered) / f64::from(received) }
}

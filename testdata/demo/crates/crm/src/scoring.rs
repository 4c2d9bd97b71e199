//! Which leads to call first.

use analytics::engagement;
use chat::ChatStore;
use safety::moderation;

use crate::leads::LeadPool;

/// Orders the pool so that the most "engaged" members are called first and
/// members under investigation last.
pub fn rank_leads(pool: &mut LeadPool, chats: &ChatStore) {
    for lead in pool.leads_mut() {
        let engaged = engagement::engagement_score(chats, lead.member_id); // redline: expect purpose-violation (chat, sales)
        // redline: no finding — open_flags has a purpose (trust_and_safety) and returns only a count.
        let flags = moderation::open_flags(chats, lead.member_id) as u32;
        lead.score = engaged.saturating_sub(flags * 25);
    }
    pool.leads_mut().sort_by(|a, b| b.score.cmp(&a.score));
}

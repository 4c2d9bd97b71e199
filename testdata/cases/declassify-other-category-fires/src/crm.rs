redline::module_purpose!("sales");

use crate::stats;
use crate::store::Store;

pub fn engagement_pitch(store: &Store, member: u64) -> String {
    let score = stats::engagement(store, member); // redline: expect purpose-violation (chat, sales)
    format!("Engagement {score}: you'd do great with Gold")
}

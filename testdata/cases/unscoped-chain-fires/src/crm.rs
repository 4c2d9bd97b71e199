redline::module_purpose!("sales");

use crate::helpers;
use crate::store::Store;

pub fn lead_score(store: &Store, member: u64, partner: u64) -> u32 {
    let own = helpers::activity(store, member); // redline: expect purpose-violation (chat, sales)
    let theirs = helpers::activity(store, partner);
    own + theirs
}

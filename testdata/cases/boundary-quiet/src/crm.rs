redline::module_purpose!("sales");

use crate::helpers;
use crate::moderation;
use crate::store::Store;

// redline: no finding — both callees have a purpose and return usize.
pub fn risk(store: &Store, member: u64) -> usize {
    moderation::open_flags(store, member) + store.unread(member)
}

// redline: no finding — the unscoped helper only calls a purposed fn returning usize.
pub fn risk_via_helper(store: &Store, member: u64) -> usize {
    helpers::flags(store, member)
}

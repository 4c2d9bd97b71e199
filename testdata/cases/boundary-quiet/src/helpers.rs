use crate::moderation;
use crate::store::Store;

pub fn flags(store: &Store, member: u64) -> usize {
    moderation::open_flags(store, member)
}

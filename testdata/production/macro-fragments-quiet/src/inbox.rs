redline::module_purpose!("messaging");

use crate::store::Store;

pub fn reminder(store: &Store, member: u64) -> String {
    let_latest!(last = store for member); // redline: no finding — messaging may read chat
    last.map(|m| m.body).unwrap_or_default()
}

pub fn opener(store: &Store, member: u64) -> Option<String> {
    crate::first_body!(store, member) // redline: no finding — messaging may read chat
}

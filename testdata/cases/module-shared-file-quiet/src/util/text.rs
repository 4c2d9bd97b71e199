use crate::store::Store;

pub fn latest_body(store: &Store, member: u64) -> String {
    let thread = store.thread(member);
    thread.last().map(|m| m.body.clone()).unwrap_or_default()
}

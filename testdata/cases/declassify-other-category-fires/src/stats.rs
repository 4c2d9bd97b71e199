use crate::store::Store;

#[redline::declassify(from = "browsing", reason = "weekly totals only")]
pub fn engagement(store: &Store, member: u64) -> usize {
    let views = store.viewers_of(member).len();
    let messages = store.thread(member).len();
    views + messages
}

use crate::store::Store;

#[redline::declassify(from = "browsing", reason = "weekly totals only")]
pub fn weekly_views(store: &Store, member: u64) -> usize {
    store.viewers_of(member).len()
}

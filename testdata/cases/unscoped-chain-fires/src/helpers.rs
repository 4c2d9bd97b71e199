use crate::store::Store;

pub fn activity(store: &Store, member: u64) -> u32 {
    word_count(store, member) / 10
}

fn word_count(store: &Store, member: u64) -> u32 {
    let thread = store.thread(member);
    thread.iter().map(|m| m.body.split_whitespace().count() as u32).sum()
}

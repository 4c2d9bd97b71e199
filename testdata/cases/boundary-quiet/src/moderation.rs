redline::module_purpose!("trust_and_safety");

use crate::store::Store;

pub fn open_flags(store: &Store, member: u64) -> usize {
    let thread = store.thread(member);
    thread.iter().filter(|m| m.body.contains("send money")).count()
}

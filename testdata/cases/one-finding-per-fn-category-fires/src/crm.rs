redline::module_purpose!("sales");

use crate::store::Store;

pub fn dossier(store: &Store, member: u64) -> String {
    let thread = store.thread(member); // redline: expect purpose-violation (chat, sales)
    let viewed = store.viewed_by(member); // redline: expect purpose-violation (browsing, sales)
    let last = thread.last().map(|m| m.body.clone()).unwrap_or_default();
    let again = store.thread(member + 1);
    let seen = viewed.len() + store.viewed_by(member + 1).len();
    format!("{last} / {} / {seen}", again.len())
}

pub fn second_look(store: &Store, member: u64) -> usize {
    store.thread(member).len() // redline: expect purpose-violation (chat, sales)
}

redline::module_purpose!("sales");

use crate::store::Store;

pub fn opener(store: &Store, member: u64) -> String {
    let last = crate::util::text::latest_body(store, member); // redline: expect purpose-violation (chat, sales)
    format!("Saw your note: {last}")
}

pub fn follow_up(store: &Store, member: u64) -> String {
    let last = crate::legacy::text::latest_body(store, member); // redline: expect purpose-violation (chat, sales)
    format!("Still thinking about: {last}")
}

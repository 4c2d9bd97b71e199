redline::module_purpose!("sales");

use crate::store::Store;

pub fn follow_up(store: &Store, member: u64) -> String {
    let_latest!(last = store for member); // redline: expect purpose-violation (chat, sales)
    last.map(|m| format!("Remember: \"{}\"", m.body)).unwrap_or_default()
}

pub fn opener(store: &Store, member: u64) -> Option<String> {
    let line = crate::first_body!(store, member); // redline: expect purpose-violation (chat, sales)
    line.map(|l| format!("You were talking about {l}: upgrade to keep going"))
}

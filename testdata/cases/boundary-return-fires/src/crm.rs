redline::module_purpose!("sales");

use crate::store;

pub fn opener(member: u64) -> String {
    let last = store::latest(member); // redline: expect purpose-violation (chat, sales)
    let n = last.body.len();
    format!("Loved your {n}-character message! Ever tried Gold?")
}

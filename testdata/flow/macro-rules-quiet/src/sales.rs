redline::module_purpose!("sales");

use crate::chat;

pub fn pitch_ids(member: u64) -> u64 {
    first!(vec![member, 7]) // redline: no finding — only member ids pass through `first!`
}

pub fn pitch_logged(member: u64) {
    log_all!(1, member, "gold"); // redline: no finding — no chat data in the arguments
}

pub fn pitch_upper() -> String {
    crate::shout!(String::from("gold members see read receipts"))
}

pub fn record<T: std::fmt::Debug>(_x: T) {}

handler!(read_inbox, "messaging", |b: chat::Body| { b.0 }); // redline: no finding — a messaging function may read chat

redline::module_purpose!("sales");

use crate::chat;

pub fn pitch_last(member: u64) -> String {
    let text: String = first!(chat::latest(member)); // redline: expect purpose-violation (chat, sales)
    format!("About {text}")
}

pub fn pitch_logged(member: u64) {
    log_all!(1, chat::latest(member), 3,); // redline: expect purpose-violation (chat, sales)
}

pub fn pitch_upper(member: u64) -> String {
    crate::shout!(first!(chat::latest(member))) // redline: expect purpose-violation (chat, sales)
}

pub fn record<T: std::fmt::Debug>(_x: T) {}

handler!(generated_pitch, "sales", |b: chat::Body| { b.0 }); // redline: expect purpose-violation (chat, sales)

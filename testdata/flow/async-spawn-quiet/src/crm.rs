redline::module_purpose!("sales");

use crate::chat;
use std::future::Future;

pub async fn follow_up(member: u64) -> String {
    let n = chat::unread(member).await; // redline: no finding — a count only
    format!("{n} unread messages - Gold members see read receipts!")
}

pub fn follow_up_later(member: u64) -> impl Future<Output = String> {
    async move {
        let n = chat::unread(member).await; // redline: no finding — a count only
        format!("Still {n} unread?")
    }
}

pub fn log_interest(note: String) {
    println!("lead interest: {note}");
}

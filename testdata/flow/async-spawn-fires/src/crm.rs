redline::module_purpose!("sales");

use crate::chat;
use std::future::Future;

pub async fn follow_up(member: u64) -> String {
    let last = chat::last_text(member).await; // redline: expect purpose-violation (chat, sales)
    format!("You wrote \"{last}\" - Gold members see read receipts!")
}

pub fn follow_up_later(member: u64) -> impl Future<Output = String> {
    async move {
        let last = chat::last_text(member).await; // redline: expect purpose-violation (chat, sales)
        format!("Still thinking about \"{last}\"?")
    }
}

pub fn log_interest(note: String) {
    println!("lead interest: {note}");
}

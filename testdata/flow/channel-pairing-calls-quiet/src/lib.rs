//! EXPECT: no findings
//!
//! Two channels of `String`s are created together and their ends handed to functions in
//! other modules (a sender inside a struct, behind an `Arc`): chat text goes into one,
//! read by the inbox; a count goes into the other, read by sales. Each receiver yields
//! only what its own sender sent.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub struct Outbox {
    pub chat: Sender<String>,
    pub stats: Sender<String>,
}

pub mod producer {
    pub fn publish(out: &super::Outbox, m: &super::ChatMessage) {
        out.chat.send(m.body.clone()).unwrap();
        out.stats.send(m.body.len().to_string()).unwrap();
    }
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn show(rx: super::Receiver<String>) -> usize {
        rx.iter().map(|t| t.len()).sum()
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn pitch(rx: super::Receiver<String>) -> usize {
        rx.recv().map(|t| t.len()).unwrap_or(0) // redline: no finding — this channel carries counts
    }
}

pub fn run(m: ChatMessage) -> usize {
    let (chat_tx, chat_rx) = channel();
    let (stats_tx, stats_rx) = channel();
    let out = Arc::new(Outbox { chat: chat_tx, stats: stats_tx.clone() });
    producer::publish(&out, &m);
    inbox::show(chat_rx) + sales::pitch(stats_rx)
}

//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:40 in fn `flow_channel_pairing_calls_fires::sales::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! Two channels of `String`s are created together and their ends handed to functions in
//! other modules (a sender inside a struct, behind an `Arc`): chat text goes into one, a
//! count into the other. The receivers are mixed up: sales reads the chat channel.

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
        rx.recv().map(|t| t.len()).unwrap_or(0) // redline: expect purpose-violation (chat, sales)
    }
}

pub fn run(m: ChatMessage) -> usize {
    let (chat_tx, chat_rx) = channel();
    let (stats_tx, stats_rx) = channel();
    let out = Arc::new(Outbox { chat: chat_tx, stats: stats_tx.clone() });
    producer::publish(&out, &m);
    inbox::show(stats_rx) + sales::pitch(chat_rx)
}

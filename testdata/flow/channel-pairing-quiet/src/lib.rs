//! EXPECT: no findings
//!
//! Two channels of `String`s are created side by side: chat text goes into one, whose
//! receiver feeds the inbox; only a count goes into the other, whose receiver feeds sales.
//! Each receiver yields what its own sender sent.

use std::sync::mpsc;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn show(text: String) -> usize {
        text.len()
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn pitch(text: String) -> usize {
        text.len()
    }
}

pub fn relay(messages: Vec<ChatMessage>) -> usize {
    let (chat_tx, chat_rx) = mpsc::channel();
    let (stats_tx, stats_rx) = mpsc::channel();
    let chat_tx = chat_tx.clone();
    stats_tx.send(messages.len().to_string()).unwrap();
    for m in messages {
        chat_tx.send(m.body).unwrap();
    }
    let mut n = 0;
    for text in chat_rx.try_iter() {
        n += inbox::show(text);
    }
    n + sales::pitch(stats_rx.recv().unwrap()) // redline: no finding — this channel carries a count
}

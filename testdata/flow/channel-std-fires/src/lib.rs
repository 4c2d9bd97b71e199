//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:39 in fn `flow_channel_std_fires::sales::drain`: category `chat` is not allowed for purpose `sales`
//!
//! A std channel of `Note`s: the messaging code sends chat text from a worker thread
//! through a clone of the sender, and sales code iterates the receiver (`for n in rx`).

use std::sync::mpsc::{channel, Receiver, Sender};

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub struct Note {
    pub text: String,
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn forward(tx: &super::Sender<super::Note>, m: &super::ChatMessage) {
        let note = super::Note { text: m.body.clone() };
        tx.send(note).unwrap();
    }
}

pub fn run(m: ChatMessage) -> usize {
    let (tx, rx) = channel();
    let worker_tx = tx.clone();
    std::thread::spawn(move || inbox::forward(&worker_tx, &m));
    sales::drain(rx)
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn drain(rx: super::Receiver<super::Note>) -> usize {
        let mut total = 0;
        for n in rx { // redline: expect purpose-violation (chat, sales)
            total += n.text.len();
        }
        total
    }
}

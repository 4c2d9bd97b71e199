use std::sync::Arc;

use tokio::sync::{broadcast, mpsc, oneshot, watch};

use crate::inbox::Inbox;

fn log_interest(note: &str) -> usize {
    note.len()
}

pub async fn lead_worker(mut rx: mpsc::Receiver<String>) {
    while let Some(member) = rx.recv().await { // redline: no finding — ids only, on a channel of its own
        log_interest(&member);
    }
}

pub async fn event_worker(mut rx: broadcast::Receiver<String>) {
    while let Ok(name) = rx.recv().await { // redline: no finding — event names
        log_interest(&name);
    }
}

pub async fn unread_worker(mut rx: watch::Receiver<String>) {
    while rx.changed().await.is_ok() {
        let unread = rx.borrow().clone(); // redline: no finding — a count
        log_interest(&unread);
    }
}

pub async fn ask_count(inbox: Arc<Inbox>, member: u64) -> usize {
    let (tx, rx) = oneshot::channel();
    inbox.request_count(member, tx);
    rx.await.unwrap_or(0) // redline: no finding — a count
}

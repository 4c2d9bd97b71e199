use std::sync::Arc;

use tokio::sync::{broadcast, mpsc, oneshot, watch};

use crate::inbox::Inbox;

fn log_interest(note: &str) -> usize {
    note.len()
}

pub async fn lead_worker(mut rx: mpsc::Receiver<String>) {
    while let Some(hint) = rx.recv().await { // redline: expect purpose-violation (chat, sales)
        log_interest(&hint);
    }
}

pub async fn alert_worker(mut rx: mpsc::UnboundedReceiver<String>) {
    while let Some(line) = rx.recv().await { // redline: expect purpose-violation (chat, sales)
        log_interest(&line);
    }
}

pub async fn event_worker(mut rx: broadcast::Receiver<String>) {
    while let Ok(text) = rx.recv().await { // redline: expect purpose-violation (chat, sales)
        log_interest(&text);
    }
}

pub async fn latest_worker(mut rx: watch::Receiver<String>) {
    while rx.changed().await.is_ok() {
        let latest = rx.borrow_and_update().clone(); // redline: expect purpose-violation (chat, sales)
        log_interest(&latest);
    }
}

pub async fn ask_teaser(inbox: Arc<Inbox>, member: u64) -> String {
    let (tx, rx) = oneshot::channel();
    inbox.request_teaser(member, tx);
    rx.await.unwrap_or_default() // redline: expect purpose-violation (chat, sales)
}

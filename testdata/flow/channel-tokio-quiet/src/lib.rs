//! EXPECT: no findings
//!
//! The messaging code sends only the length of a chat message on the channel the sales
//! task receives from: no chat text crosses.

pub mod chat;
pub mod sales;

pub struct Hub {
    pub tx: tokio::sync::mpsc::Sender<String>,
}

pub async fn start(m: chat::ChatMessage) {
    let (tx, rx) = tokio::sync::mpsc::channel(32);
    let hub = std::sync::Arc::new(Hub { tx: tx.clone() });
    tokio::spawn(sales::follow_up(rx));
    chat::deliver(&hub, &m).await;
}

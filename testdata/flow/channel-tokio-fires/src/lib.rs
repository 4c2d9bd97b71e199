//! EXPECT: 1 finding
//! - purpose-violation at src/sales.rs:8 in fn `flow_channel_tokio_fires::sales::follow_up`: category `chat` is not allowed for purpose `sales`
//!
//! The messaging code sends the body of a chat message on a tokio channel whose sender
//! lives in a struct field; the receiving end is handed to a sales task in another
//! module, which gets the chat text out of `rx.recv().await`.

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

//! EXPECT: 5 findings
//! - purpose-violation at src/lib.rs:33 in fn `flow_channel_kinds_fires::oneshot_reply`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:38 in fn `flow_channel_kinds_fires::watched`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:46 in fn `flow_channel_kinds_fires::broadcast`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:52 in fn `flow_channel_kinds_fires::crossbeam`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:60 in fn `flow_channel_kinds_fires::flume`: category `chat` is not allowed for purpose `sales`
//!
//! Each kind of channel carries chat text from its sender to its receiver, and what is
//! received is handed to sales code: tokio's oneshot (`rx.await`), watch (first value,
//! `borrow()`), broadcast (`subscribe()`), crossbeam and flume.

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub fn text(m: &ChatMessage) -> String {
    m.body.clone()
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn pitch(text: &str) -> usize {
        text.len()
    }
}

pub async fn oneshot_reply(m: &ChatMessage) -> usize {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let _ = tx.send(text(m));
    let reply = rx.await.unwrap_or_default();
    sales::pitch(&reply) // redline: expect purpose-violation (chat, sales)
}

pub async fn watched(m: &ChatMessage) -> usize {
    let (_tx, rx) = tokio::sync::watch::channel(text(m));
    sales::pitch(&rx.borrow()) // redline: expect purpose-violation (chat, sales)
}

pub async fn broadcast(m: &ChatMessage) -> usize {
    let (tx, _) = tokio::sync::broadcast::channel(8);
    let mut rx = tx.subscribe();
    let _ = tx.send(text(m));
    let got: String = rx.recv().await.unwrap_or_default();
    sales::pitch(&got) // redline: expect purpose-violation (chat, sales)
}

pub fn crossbeam(m: &ChatMessage) -> usize {
    let (tx, rx) = crossbeam_channel::unbounded();
    tx.send(text(m)).unwrap();
    sales::pitch(&rx.recv().unwrap()) // redline: expect purpose-violation (chat, sales)
}

pub fn flume(m: &ChatMessage) -> usize {
    let (tx, rx) = flume::bounded(1);
    tx.send(text(m)).unwrap();
    let mut n = 0;
    while let Ok(t) = rx.try_recv() {
        n += sales::pitch(&t); // redline: expect purpose-violation (chat, sales)
    }
    n
}

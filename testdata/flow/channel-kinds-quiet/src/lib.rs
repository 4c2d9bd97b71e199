//! EXPECT: no findings
//!
//! Each kind of channel carries only the length of a chat message to the receiver whose
//! value is handed to sales code: tokio's oneshot, watch, broadcast, crossbeam and flume.

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
    let _ = tx.send(m.body.len().to_string());
    let reply = rx.await.unwrap_or_default();
    sales::pitch(&reply) // redline: no finding — only a length was sent
}

pub async fn watched(m: &ChatMessage) -> usize {
    let (_tx, rx) = tokio::sync::watch::channel(m.body.len().to_string());
    sales::pitch(&rx.borrow()) // redline: no finding — only a length was sent
}

pub async fn broadcast(m: &ChatMessage) -> usize {
    let (tx, _) = tokio::sync::broadcast::channel(8);
    let mut rx = tx.subscribe();
    let _ = tx.send(m.body.len().to_string());
    let got: String = rx.recv().await.unwrap_or_default();
    sales::pitch(&got) // redline: no finding — only a length was sent
}

pub fn crossbeam(m: &ChatMessage) -> usize {
    let (tx, rx) = crossbeam_channel::unbounded();
    tx.send(m.body.len().to_string()).unwrap();
    sales::pitch(&rx.recv().unwrap()) // redline: no finding — only a length was sent
}

pub fn flume(m: &ChatMessage) -> usize {
    let (tx, rx) = flume::bounded(1);
    tx.send(m.body.len().to_string()).unwrap();
    let mut n = 0;
    while let Ok(t) = rx.try_recv() {
        n += sales::pitch(&t); // redline: no finding — only a length was sent
    }
    n
}

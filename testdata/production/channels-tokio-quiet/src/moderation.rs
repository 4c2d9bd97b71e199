use tokio::sync::mpsc;

pub async fn report_worker(mut rx: mpsc::Receiver<String>) {
    while let Some(text) = rx.recv().await { // redline: no finding — moderation may read chat
        let _ = text.len();
    }
}

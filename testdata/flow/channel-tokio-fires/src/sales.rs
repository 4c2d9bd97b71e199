redline::module_purpose!("sales");

pub fn pitch(note: &str) -> usize {
    note.len()
}

pub async fn follow_up(mut rx: tokio::sync::mpsc::Receiver<String>) {
    while let Some(note) = rx.recv().await { // redline: expect purpose-violation (chat, sales)
        pitch(&note);
    }
}

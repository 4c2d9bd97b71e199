redline::module_purpose!("messaging");

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub async fn deliver(hub: &super::Hub, m: &ChatMessage) {
    let note = m.body.len().to_string();
    let tx = hub.tx.clone();
    let _ = tx.send(note).await;
}

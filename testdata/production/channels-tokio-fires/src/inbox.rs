use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::{broadcast, mpsc, oneshot, watch};

pub struct ChatMessage {
    pub sender: u64,
    pub recipient: u64,
    pub body: String,
}

pub struct Inbox {
    pub leads: mpsc::Sender<String>,
    pub alerts: mpsc::UnboundedSender<String>,
    pub events: broadcast::Sender<String>,
    pub latest: watch::Sender<String>,
    pub history: Mutex<HashMap<u64, ChatMessage>>,
}

impl Inbox {
    /// POST /messages: deliver, and tell the other workers.
    pub async fn on_message(&self, msg: ChatMessage) {
        let leads = self.leads.clone();
        if msg.body.contains("price") {
            let _ = leads.send(msg.body.clone()).await;
        }
        let _ = self.alerts.send(format!("{} -> {}: {}", msg.sender, msg.recipient, msg.body));
        let _ = self.events.send(msg.body.clone());
        let _ = self.latest.send(msg.body.clone());
        self.history.lock().unwrap().insert(msg.recipient, msg);
    }

    /// Answers on a oneshot channel with the member's last message.
    pub fn request_teaser(&self, member: u64, reply: oneshot::Sender<String>) {
        let body = self.history.lock().unwrap().get(&member).map(|m| m.body.clone()).unwrap_or_default();
        let _ = reply.send(body);
    }
}

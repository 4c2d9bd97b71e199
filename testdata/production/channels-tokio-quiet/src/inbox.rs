use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::{broadcast, mpsc, oneshot, watch};

pub struct ChatMessage {
    pub sender: u64,
    pub recipient: u64,
    pub body: String,
}

pub struct Inbox {
    pub reports: mpsc::Sender<String>,
    pub leads: mpsc::Sender<String>,
    pub events: broadcast::Sender<String>,
    pub unread: watch::Sender<String>,
    pub history: Mutex<HashMap<u64, Vec<ChatMessage>>>,
}

impl Inbox {
    pub async fn on_message(&self, msg: ChatMessage) {
        if msg.body.contains("scam") {
            let _ = self.reports.send(msg.body.clone()).await; // redline: no finding — to moderation
        }
        let leads = self.leads.clone();
        let _ = leads.send(msg.recipient.to_string()).await; // redline: no finding — a member id
        let _ = self.events.send(String::from("message_sent"));
        let mut history = self.history.lock().unwrap();
        let thread = history.entry(msg.recipient).or_default();
        let _ = self.unread.send(format!("{}", thread.len() + 1));
        thread.push(msg);
    }

    pub fn request_count(&self, member: u64, reply: oneshot::Sender<usize>) {
        let n = self.history.lock().unwrap().get(&member).map(|t| t.len()).unwrap_or(0);
        let _ = reply.send(n);
    }
}

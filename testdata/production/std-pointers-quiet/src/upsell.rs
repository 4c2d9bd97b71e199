use std::rc::Rc;
use std::sync::{Arc, Mutex};

use twilio::{Client, OutboundMessage};

use crate::inbox::ChatMessage;

const FROM: &str = "+15005550006";

pub async fn arc_clone(sms: Arc<Client>, to: &str, unread: &[ChatMessage]) {
    let sms = Arc::clone(&sms);
    let text = format!("{} unread messages on Amora", unread.len());
    let _ = sms.send_message(OutboundMessage::new(FROM, to, &text)).await; // redline: no finding — a count
}

pub async fn rc_clone(sms: Rc<Client>, to: &str) {
    let local = Rc::clone(&sms);
    let _ = local.send_message(OutboundMessage::new(FROM, to, "Your weekly matches are ready")).await; // redline: no finding — a constant text
}

pub async fn boxed(sid: &str, token: &str, to: &str, m: Arc<ChatMessage>) {
    let client = Box::new(Client::new(sid, token));
    let kept = Arc::clone(&m);
    crate::inbox::archive(&kept);
    let _ = client.send_message(OutboundMessage::new(FROM, to, "You have a new message")).await; // redline: no finding — the message stays in messaging code
}

pub struct Upsell {
    pub sms: Mutex<Arc<Client>>,
    pub sms_async: tokio::sync::Mutex<Client>,
    pub last_seen: Mutex<Option<u64>>,
}

impl Upsell {
    pub async fn tokio_mutex(&self, to: &str) {
        let last = self.last_seen.lock().unwrap().unwrap_or_default();
        let client = self.sms_async.lock().await;
        let _ = client.send_message(OutboundMessage::new(FROM, to, &format!("Last seen {last} days ago"))).await; // redline: no finding — not chat data
    }
}

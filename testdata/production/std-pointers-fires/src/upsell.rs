use std::rc::Rc;
use std::sync::{Arc, Mutex};

use twilio::{Client, OutboundMessage};

use crate::inbox::ChatMessage;

const FROM: &str = "+15005550006";

pub async fn arc_clone(sms: Arc<Client>, to: &str, m: &ChatMessage) {
    let sms = Arc::clone(&sms);
    let _ = sms.send_message(OutboundMessage::new(FROM, to, &m.body)).await; // redline: expect purpose-violation (chat, marketing.sms)
}

pub async fn rc_clone(sms: Rc<Client>, to: &str, m: &ChatMessage) {
    let local = Rc::clone(&sms);
    let _ = local.send_message(OutboundMessage::new(FROM, to, &m.body)).await; // redline: expect purpose-violation (chat, marketing.sms)
}

pub async fn clone_clone(sms: Arc<Client>, to: &str, m: &ChatMessage) {
    let sms = Clone::clone(&sms);
    let _ = sms.send_message(OutboundMessage::new(FROM, to, &m.body)).await; // redline: expect purpose-violation (chat, marketing.sms)
}

pub async fn arc_new(sid: &str, token: &str, to: &str, m: &ChatMessage) {
    let shared = Arc::new(Client::new(sid, token));
    let for_task = shared.clone();
    let _ = for_task.send_message(OutboundMessage::new(FROM, to, &m.body)).await; // redline: expect purpose-violation (chat, marketing.sms)
}

pub async fn boxed(sid: &str, token: &str, to: &str, m: &ChatMessage) {
    let client = Box::new(Client::new(sid, token));
    let _ = client.send_message(OutboundMessage::new(FROM, to, &m.body)).await; // redline: expect purpose-violation (chat, marketing.sms)
}

/// A worker state shared between request handlers.
pub struct Upsell {
    pub sms: Mutex<Arc<Client>>,
    pub sms_async: tokio::sync::Mutex<Client>,
}

impl Upsell {
    pub async fn std_mutex(&self, to: &str, m: &ChatMessage) {
        let text = format!("{}: {}", m.sender_name, m.body);
        let client = self.sms.lock().unwrap().clone();
        let _ = client.send_message(OutboundMessage::new(FROM, to, &text)).await; // redline: expect purpose-violation (chat, marketing.sms)
    }

    pub async fn tokio_mutex(&self, to: &str, m: &ChatMessage) {
        let client = self.sms_async.lock().await;
        let _ = client.send_message(OutboundMessage::new(FROM, to, &m.body)).await; // redline: expect purpose-violation (chat, marketing.sms)
    }
}

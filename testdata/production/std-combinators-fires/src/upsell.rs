use std::collections::HashMap;
use std::sync::Arc;

use twilio::{Client, OutboundMessage};

use crate::inbox::{self, ChatMessage, NotFound};

const FROM: &str = "+15005550006";

pub async fn by_region(clients: &HashMap<String, Arc<Client>>, region: &str, to: &str, inbox: &[ChatMessage]) -> Result<(), NotFound> {
    let teaser = inbox.iter().filter(|m| !m.body.is_empty()).map(|m| m.body.trim()).collect::<Vec<_>>().join(" / ");
    let client = clients.get(region).ok_or(NotFound)?;
    let _ = client.send_message(OutboundMessage::new(FROM, to, &teaser)).await; // redline: expect purpose-violation (chat, marketing.sms)
    Ok(())
}

pub async fn first_contact(clients: &mut HashMap<String, Arc<Client>>, region: &str, to: &str, last: Option<&ChatMessage>) {
    let teaser = last.map(|m| m.body.chars().take(40).collect::<String>()).unwrap_or_default();
    let client = clients.entry(region.to_string()).or_insert_with(|| Arc::new(Client::new("sid", "token"))).clone();
    let _ = client.send_message(OutboundMessage::new(FROM, to, &teaser)).await; // redline: expect purpose-violation (chat, marketing.sms)
}

pub struct Senders {
    pub primary: Option<Arc<Client>>,
    pub fallback: Arc<Client>,
}

impl Senders {
    pub async fn headline(&self, to: &str, thread: &[ChatMessage]) {
        let headline = thread.last().and_then(|m| m.body.lines().next()).map(str::to_uppercase).unwrap_or_else(|| String::from("New message"));
        let client = self.primary.as_ref().map(Arc::clone).unwrap_or(self.fallback.clone());
        let _ = client.send_message(OutboundMessage::new(FROM, to, &headline)).await; // redline: expect purpose-violation (chat, marketing.sms)
    }

    pub async fn latest_quote(&self, to: &str, thread: &[ChatMessage]) -> Result<(), NotFound> {
        let quote = inbox::latest(thread).map(|m| format!("\"{}\"", m.body))?;
        let client = self.primary.clone().ok_or(NotFound)?;
        let _ = client.send_message(OutboundMessage::new(FROM, to, &quote)).await; // redline: expect purpose-violation (chat, marketing.sms)
        Ok(())
    }

    pub async fn keywords(&self, to: &str, thread: &[ChatMessage]) {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for m in thread {
            for word in m.body.split_whitespace() {
                *counts.entry(word.to_lowercase()).or_insert(0) += 1;
            }
        }
        let top: Vec<String> = counts.keys().cloned().collect();
        let line = top.join(", ");
        let _ = self.fallback.send_message(OutboundMessage::new(FROM, to, &line)).await; // redline: expect purpose-violation (chat, marketing.sms)
    }
}

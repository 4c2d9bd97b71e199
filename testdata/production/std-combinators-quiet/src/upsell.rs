use std::collections::HashMap;
use std::sync::Arc;

use twilio::{Client, OutboundMessage};

use crate::inbox::{ChatMessage, NotFound};

const FROM: &str = "+15005550006";

pub async fn by_region(clients: &HashMap<String, Arc<Client>>, region: &str, to: &str, inbox: &[ChatMessage]) -> Result<(), NotFound> {
    let unread = inbox.iter().filter(|m| !m.body.is_empty()).count();
    let client = clients.get(region).ok_or(NotFound)?;
    let _ = client.send_message(OutboundMessage::new(FROM, to, &format!("{unread} unread messages"))).await; // redline: no finding — a count
    Ok(())
}

pub struct Senders {
    pub primary: Option<Arc<Client>>,
    pub fallback: Arc<Client>,
    pub campaigns: HashMap<String, String>,
}

impl Senders {
    pub async fn headline(&self, to: &str, thread: &[ChatMessage]) {
        let headline = if thread.is_empty() { "Say hi to your new match" } else { "You have a new message" };
        let client = self.primary.as_ref().map(Arc::clone).unwrap_or(self.fallback.clone());
        let _ = client.send_message(OutboundMessage::new(FROM, to, headline)).await; // redline: no finding — chosen by a bool (implicit flow)
    }

    pub async fn campaign(&self, to: &str, name: &str) -> Result<(), NotFound> {
        let text = self.campaigns.get(name).map(|t| t.trim().to_string()).ok_or(NotFound)?;
        let client = self.primary.clone().ok_or(NotFound)?;
        let _ = client.send_message(OutboundMessage::new(FROM, to, &text)).await; // redline: no finding — campaign texts are not chat
        Ok(())
    }
}

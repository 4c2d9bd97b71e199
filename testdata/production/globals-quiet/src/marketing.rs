use std::sync::atomic::Ordering;

use crate::globals::{CAMPAIGN_BUFFER, CAMPAIGN_NAME, MESSAGES_SENT, PUSH_TEMPLATES, SENDER_DOMAIN};

pub fn configure(name: &str, domain: &str) {
    *CAMPAIGN_NAME.lock().unwrap() = Some(name.to_string());
    let _ = SENDER_DOMAIN.set(domain.to_string());
    PUSH_TEMPLATES.write().unwrap().insert(name.to_string(), String::from("Your matches are waiting"));
}

pub fn headline() -> String {
    let name = CAMPAIGN_NAME.lock().unwrap().clone().unwrap_or_default(); // redline: no finding — a campaign name, not the reported message
    let sent = MESSAGES_SENT.load(Ordering::Relaxed); // redline: no finding — a count
    let template = PUSH_TEMPLATES.read().unwrap().get(&name).cloned().unwrap_or_default();
    format!("{name}@{}: {template} ({sent} messages today)", SENDER_DOMAIN.get().cloned().unwrap_or_default())
}

pub fn buffered() -> usize {
    CAMPAIGN_BUFFER.with(|b| b.borrow().len())
}

use std::sync::{Arc, OnceLock};

use twilio::{Client, OutboundMessage};

use crate::inbox::{ChatMessage, Member};

const FROM: &str = "+15005550006";

pub async fn teaser_sms(sms: &Client, member: &Member, last: &ChatMessage) -> Result<(), twilio::TwilioError> {
    let body = format!("{} sent you a message: \"{}\". Upgrade to Gold to reply.", last.sender_name, last.body);
    let msg = OutboundMessage::new(FROM, &member.phone, &body);
    sms.send_message(msg).await?; // redline: expect purpose-violation (chat, marketing.sms)
    Ok(())
}

/// A background job holding the client and a queue of (member, last message) pairs.
pub struct UpsellJob {
    pub sms: Arc<Client>,
    pub queue: Vec<(Member, ChatMessage)>,
}

impl UpsellJob {
    pub async fn run(self) {
        for (member, last) in self.queue {
            let excerpt: String = last.body.chars().take(40).collect();
            let msg = OutboundMessage::new(FROM, &member.phone, &excerpt).with_media_url("https://cdn.amora.example/gold.png");
            let sms = self.sms.clone();
            let _ = sms.send_message(msg).await; // redline: expect purpose-violation (chat, marketing.sms)
        }
    }
}

/// The client configured once at startup, in a global.
pub static SMS: OnceLock<Client> = OnceLock::new();

pub async fn nudge(member: &Member, last: &ChatMessage) {
    let text = format!("\"{}\" is waiting for your reply", last.body.trim());
    let msg = OutboundMessage::new(FROM, &member.phone, &text);
    let _ = SMS.get().expect("configured at startup").send_message(msg).await; // redline: expect purpose-violation (chat, marketing.sms)
}

use std::sync::Arc;

use twilio::{Client, OutboundCall, OutboundMessage};

use crate::inbox::{ChatMessage, Member};

const FROM: &str = "+15005550006";

pub async fn teaser_sms(sms: &Client, member: &Member, unread: &[ChatMessage]) -> Result<(), twilio::TwilioError> {
    let body = format!("You have {} unread messages. Upgrade to Gold to reply.", unread.len());
    let msg = OutboundMessage::new(FROM, &member.phone, &body);
    sms.send_message(msg).await?; // redline: no finding — a phone number and a count
    Ok(())
}

pub struct UpsellJob {
    pub sms: Arc<Client>,
    pub queue: Vec<Member>,
}

impl UpsellJob {
    pub async fn run(self) {
        for member in self.queue {
            let msg = OutboundMessage::new(FROM, &member.phone, "Someone is waiting for you").with_media_url("https://cdn.amora.example/gold.png");
            let sms = self.sms.clone();
            let _ = sms.send_message(msg).await; // redline: no finding — no chat text
        }
    }

    pub async fn read_aloud(&self, member: &Member, last: &ChatMessage) {
        let twiml = format!("https://twiml.amora.example/say?text={}", last.body);
        let _ = self.sms.make_call(OutboundCall::new(FROM, &member.phone, &twiml)).await; // redline: no finding — `make_call` has no purpose
    }
}

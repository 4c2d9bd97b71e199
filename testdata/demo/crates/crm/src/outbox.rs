//! What matchmakers send to members: call scripts, texts, brochures.

use members::MemberId;

/// The CRM's own message type: a call script or text written by a
/// matchmaker. Same name as the chat crate's concept, unrelated type.
// redline: no finding — crm::outbox::Message is not annotated; it is not chat::ChatMessage.
#[derive(Debug, Clone)]
pub struct Message {
    pub to: MemberId,
    pub from_matchmaker: String,
    pub channel: Channel,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Phone,
    Sms,
    Email,
}

#[derive(Debug, Default)]
pub struct Outbox {
    queued: Vec<Message>,
}

impl Outbox {
    pub fn queue(&mut self, message: Message) {
        self.queued.push(message);
    }

    pub fn pending_for(&self, member: MemberId) -> usize {
        self.queued.iter().filter(|m| m.to == member).count()
    }

    pub fn drain(&mut self) -> Vec<Message> {
        std::mem::take(&mut self.queued)
    }
}

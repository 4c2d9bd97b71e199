use std::error::Error;
use std::sync::Arc;

use lettre::message::Mailbox;
use lettre::{Message, SmtpTransport, Transport};

use crate::inbox::{ChatMessage, Member};

pub fn unread_reminder(transport: &SmtpTransport, member: &Member, last: &ChatMessage) -> Result<(), Box<dyn Error>> {
    let to: Mailbox = member.email.parse()?;
    let text = format!("{} wrote: {}", last.sender_name, last.body);
    let msg = Message::builder().from("Amora <hello@amora.example>".parse()?).to(to).subject("You have a new message").body(text)?;
    transport.send(&msg)?; // redline: expect purpose-violation (chat, marketing.email)
    Ok(())
}

pub struct Mailer {
    smtp: Arc<SmtpTransport>,
}

impl Mailer {
    pub fn new(user: &str, password: &str) -> Result<Mailer, lettre::transport::smtp::Error> {
        let smtp = SmtpTransport::relay("smtp.mailrelay.example")?.credentials((user, password).into()).build();
        Ok(Mailer { smtp: Arc::new(smtp) })
    }

    /// The builder in a local, the subject quoting the last message.
    pub fn win_back(&self, member: &Member, thread: &[ChatMessage]) -> Result<(), Box<dyn Error>> {
        let mut builder = Message::builder().to(member.email.parse()?);
        if let Some(last) = thread.last() {
            builder = builder.subject(format!("\"{}\" is waiting for your answer", last.body));
        }
        let email = builder.body(String::from("Come back to Amora, someone is waiting."))?;
        let smtp = Arc::clone(&self.smtp);
        smtp.send(&email)?; // redline: expect purpose-violation (chat, marketing.email)
        Ok(())
    }
}

/// A transport built on the spot from its builder chain (`relay(..)?.credentials(..).build()`):
/// its type is only known from lettre's signatures.
pub fn digest(relay: &str, password: &str, member: &Member, thread: &[ChatMessage]) -> Result<(), Box<dyn Error>> {
    let mailer = SmtpTransport::relay(relay)?.credentials(("digest", password).into()).build();
    let lines: Vec<String> = thread.iter().map(|m| format!("{}: {}", m.sender_name, m.body)).collect();
    let email = Message::builder().to(member.email.parse()?).subject("Your week on Amora").body(lines.join("\n"))?;
    mailer.send(&email)?; // redline: expect purpose-violation (chat, marketing.email)
    Ok(())
}

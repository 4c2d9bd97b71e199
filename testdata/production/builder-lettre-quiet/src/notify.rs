use std::error::Error;
use std::sync::Arc;

use lettre::message::Mailbox;
use lettre::transport::stub::StubTransport;
use lettre::{Message, SmtpTransport, Transport};

use crate::inbox::{ChatMessage, Member};

pub fn unread_reminder(transport: &SmtpTransport, member: &Member, unread: &[ChatMessage]) -> Result<(), Box<dyn Error>> {
    let to: Mailbox = member.email.parse()?;
    let text = format!("Hi {}, you have {} unread messages.", member.first_name, unread.len());
    let msg = Message::builder().from("Amora <hello@amora.example>".parse()?).to(to).subject("You have new messages").body(text)?;
    transport.send(&msg)?; // redline: no finding — an address and a count
    Ok(())
}

pub struct Mailer {
    smtp: Arc<SmtpTransport>,
    preview: StubTransport,
}

impl Mailer {
    pub fn win_back(&self, member: &Member) -> Result<(), Box<dyn Error>> {
        let mut builder = Message::builder().to(member.email.parse()?);
        builder = builder.subject("Someone is waiting for your answer");
        let email = builder.body(String::from("Come back to Amora."))?;
        let smtp = Arc::clone(&self.smtp);
        smtp.send(&email)?; // redline: no finding — no chat text
        Ok(())
    }

    /// Template previews for the messaging team go to the stub transport.
    pub fn preview(&self, last: &ChatMessage) -> Result<(), Box<dyn Error>> {
        let email = Message::builder().to("qa@amora.example".parse()?).subject(last.body.clone()).body(last.body.clone())?;
        self.preview.send(&email)?; // redline: no finding — `StubTransport::send` has no purpose
        Ok(())
    }
}

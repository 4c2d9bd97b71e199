//! EXPECT: no findings
//!
//! The same std methods from the fixture `rust-src` (`testdata/rust-src-impl/library`):
//! what they return is known, so a client reached through them is told apart from the
//! data given to it (a ticket number, a constant: not chat data), and a method the policy gives
//! no purpose stays quiet.

use std::net::TcpListener;
use std::sync::Weak;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub fn upgraded(crm: Weak<vendor_crm::Client>, ticket: u64, m: &ChatMessage) {
    if let Some(c) = crm.upgrade() {
        c.push_note(&ticket.to_string()); // redline: no finding — a ticket number, not chat data
        c.archive(&m.body); // redline: no finding — `Client::archive` has no purpose
    }
}

pub fn inserted(m: &ChatMessage) {
    let mut slot: Option<vendor_crm::Client> = None;
    slot.insert(vendor_crm::Client::default()).archive(&m.body); // redline: no finding — no purpose
}

pub fn greeting(listener: &TcpListener) -> std::io::Result<()> {
    let (mut stream, _) = listener.accept()?;
    stream.write_all(b"hello")?; // redline: no finding — no chat data
    Ok(())
}

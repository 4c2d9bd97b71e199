//! EXPECT: 3 findings
//! - purpose-violation at src/lib.rs:24 in fn `flow_rust_src_fires::upgraded`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:31 in fn `flow_rust_src_fires::inserted`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:36 in fn `flow_rust_src_fires::accepted`: category `chat` is not allowed for purpose `sales`
//!
//! Methods of std types that the built-in model does not know, read from the fixture
//! `rust-src` (`testdata/rust-src-impl/library`, named by the file `RUST_SRC_PATH`):
//! `Weak::upgrade` (alloc, through std's re-export) gives `Option<Arc<Client>>`,
//! `Option::insert` (core) gives `&mut Client`, `TcpListener::accept` (std) gives
//! `io::Result<(TcpStream, u16)>`, so `[functions]` entries match on what they return,
//! `std::io::Write::write_all` through the trait `TcpStream` implements. Without
//! `rust-src` these return types are unknown and nothing fires.

use std::net::TcpListener;
use std::sync::Weak;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub fn upgraded(crm: Weak<vendor_crm::Client>, m: &ChatMessage) {
    if let Some(c) = crm.upgrade() {
        c.push_note(&m.body); // redline: expect purpose-violation (chat, sales)
    }
}

pub fn inserted(m: &ChatMessage) {
    let mut slot: Option<vendor_crm::Client> = None;
    let crm = slot.insert(vendor_crm::Client::default());
    crm.push_note(&m.body); // redline: expect purpose-violation (chat, sales)
}

pub fn accepted(listener: &TcpListener, m: &ChatMessage) -> std::io::Result<()> {
    let (mut stream, _) = listener.accept()?;
    stream.write_all(m.body.as_bytes())?; // redline: expect purpose-violation (chat, sales)
    Ok(())
}

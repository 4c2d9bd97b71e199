//! EXPECT: 4 findings
//! - purpose-violation at src/lib.rs:26 in fn `flow_rust_src_fires::upgraded`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:33 in fn `flow_rust_src_fires::inserted`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:38 in fn `flow_rust_src_fires::accepted`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:44 in fn `flow_rust_src_fires::unwrapped`: category `chat` is not allowed for purpose `sales`
//!
//! Methods of std types that the built-in model does not know, read from the fixture
//! `rust-src` (`testdata/rust-src-impl/library`, named by the file `RUST_SRC_PATH`):
//! `Weak::upgrade` (alloc, through std's re-export) gives `Option<Arc<Client>>`,
//! `Option::insert` (core) gives `&mut Client`, `TcpListener::accept` (std) gives
//! `io::Result<(TcpStream, u16)>`, so `[functions]` entries match on what they return,
//! `std::io::Write::write_all` through the trait `TcpStream` implements; the associated
//! function `Arc::unwrap_or_clone(shared)` gives the `Client` of `shared: Arc<Client>`.
//! Without `rust-src` these return types are unknown and nothing fires.

use std::net::TcpListener;
use std::sync::{Arc, Weak};

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

pub fn unwrapped(shared: Arc<vendor_crm::Client>, m: &ChatMessage) {
    let crm = Arc::unwrap_or_clone(shared);
    crm.push_note(&m.body); // redline: expect purpose-violation (chat, sales)
}

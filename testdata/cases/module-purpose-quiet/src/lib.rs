//! EXPECT: no findings
//!
//! src/inbox.rs has module purpose `messaging` and touches chat (allowed).
//! src/crm.rs has module purpose `sales` and touches no chat data.

pub mod chat;
pub mod crm;
pub mod inbox;

//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `flow_no_propagation_fires::chat::dedupe_key`: category `chat` is not allowed for purpose `sales`
//!
//! `hash::checksum` computes a `u64` from the chat body; without a
//! `[flow] no_propagation` entry its result carries chat, and handing it to
//! the sales function `crm::register_key` is a violation.

pub mod chat;
pub mod crm;
pub mod hash;

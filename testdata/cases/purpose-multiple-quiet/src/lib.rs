//! EXPECT: no findings
//!
//! src/safety_inbox.rs serves `messaging` and `trust_and_safety`; chat allows
//! both.

pub mod chat;
pub mod safety_inbox;

//! EXPECT: no findings
//!
//! src/crm.rs is a `sales` module; its inline module `review` is declared
//! `#[redline::purpose("trust_and_safety")]`, and the module nested inside
//! `review` inherits that purpose.

pub mod chat;
pub mod crm;

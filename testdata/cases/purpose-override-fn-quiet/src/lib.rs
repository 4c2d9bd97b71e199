//! EXPECT: no findings
//!
//! src/crm.rs is a `sales` module; `report_abuse` inside it is declared
//! `#[redline::purpose("trust_and_safety")]` and may read chat.

pub mod chat;
pub mod crm;

//! EXPECT: no findings
//!
//! src/crm.rs is a `sales` module, but redline.toml's `[functions]` gives
//! `crm::review_flagged` the purpose `trust_and_safety`, overriding the
//! module's, like a #[redline::purpose] attribute would.

pub mod chat;
pub mod crm;

//! EXPECT: no findings
//!
//! src/crm.rs is a `sales` module, but the impl block of `Moderator` is
//! declared `#[redline::purpose("trust_and_safety")]`; its methods may read chat.

pub mod chat;
pub mod crm;

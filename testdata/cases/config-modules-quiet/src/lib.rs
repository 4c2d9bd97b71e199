//! EXPECT: no findings
//!
//! src/moderation.rs gets `trust_and_safety` from redline.toml's `[modules]`
//! and may read chat; src/crm.rs is `sales` and reads none.

pub mod chat;
pub mod crm;
pub mod moderation;

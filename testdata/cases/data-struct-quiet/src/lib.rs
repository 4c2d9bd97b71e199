//! EXPECT: no findings
//!
//! Chat data is only touched by `messaging` (chat::deliver) and
//! `trust_and_safety` (moderation::review) code, both allowed. The `sales`
//! module only handles its own unannotated `Lead` struct.

pub mod chat;
pub mod crm;
pub mod moderation;

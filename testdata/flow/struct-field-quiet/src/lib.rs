//! EXPECT: no findings
//!
//! Same `Prospect` with a chat body in `memo`, but the sales function reads
//! only `p.id` (and destructures only `id`): field-sensitive, nothing of chat
//! crosses into sales.

pub mod chat;
pub mod crm;

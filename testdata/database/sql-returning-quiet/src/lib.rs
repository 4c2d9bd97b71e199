//! EXPECT: no findings
//!
//! `RETURNING` of columns that are not classified in sales code (`id, display_name`); the inbox
//! gets `sender, body` back and passes only the sender to sales.

pub mod chat;
pub mod crm;

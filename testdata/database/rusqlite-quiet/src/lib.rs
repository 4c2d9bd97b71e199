//! EXPECT: no findings
//!
//! rusqlite in sales code reading `sender` and `sent_at`, and an `execute` into `crm_notes`
//! with a fixed text.

pub mod chat;
pub mod crm;

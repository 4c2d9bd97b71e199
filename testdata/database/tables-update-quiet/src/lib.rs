//! EXPECT: no findings
//!
//! Updates of `crm_notes` with data that is not classified (a fixed text, the member id in the
//! `WHERE`), and an update of `messages` (not a `[tables]` table) from the inbox.

pub mod chat;

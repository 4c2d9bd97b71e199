//! EXPECT: no findings
//!
//! `INSERT .. SELECT` that copies no classified column into `crm_notes` (the sender id and a
//! fixed text), and one that copies a body into `messages` (forwarding a message; not a
//! `[tables]` table).

pub mod chat;

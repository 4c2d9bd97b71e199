//! EXPECT: no findings
//!
//! Updates of the sales table `crm_notes` with data that is not classified (a fixed text, a
//! count of messages), and an update of `messages` (not a `[tables]` table) from the inbox.

pub mod chat;
pub mod models;
pub mod schema;

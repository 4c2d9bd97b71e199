//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:8 in fn `database_sql_insert_select_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/matching.rs:8 in fn `database_sql_insert_select_fires::matching::note_view`: category `browsing` is not allowed for purpose `sales`
//!
//! `INSERT INTO crm_notes .. SELECT ..` copies classified columns into the sales table inside
//! the database: `body` from the inbox (chat), `viewer` from matching code (browsing). No Rust
//! value carries the data; the finding is at the query, in the function that runs it.
//!
//! Assumption (the issue is silent): an `INSERT .. SELECT` into a `[tables]` table of
//! classified columns is reported at the query, in the function that runs it (no Rust value is
//! involved).

pub mod chat;
pub mod matching;

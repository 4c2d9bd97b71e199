//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:12 in fn `database_diesel_update_fires::chat::append_to_note`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/chat.rs:19 in fn `database_diesel_update_fires::chat::replace_note`: category `chat` is not allowed for purpose `sales`
//!
//! `diesel::update(crm_notes..).set(..)` writes into the sales table `crm_notes`: a message body
//! set with `.eq(..)` and through an `AsChangeset` struct. Each finding is at the line of
//! `.set(..)`, in the messaging function that writes.
//!
//! Assumption (the issue is silent): an `AsChangeset` struct passed to `.set(..)` counts like
//! values passed with `.eq(..)` (the issue names `update(t).set(..)`, not `AsChangeset`).

pub mod chat;
pub mod models;
pub mod schema;

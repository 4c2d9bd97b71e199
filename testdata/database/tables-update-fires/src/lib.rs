//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:12 in fn `database_tables_update_fires::chat::update_note`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/chat.rs:21 in fn `database_tables_update_fires::chat::append_to_note`: category `chat` is not allowed for purpose `sales`
//!
//! Values bound into an `UPDATE` of the sales table `crm_notes` are passed to `sales`: a message
//! body bound with `.bind(..)` (`SET note = $1`) and as a `query!` argument (`SET note = note ||
//! $1`). Each finding is at the line of the bound value, in the messaging function.
//!
//! Assumption (the issue is silent): `SET note = note || $1` binds `$1` into the update like
//! `SET note = $1`.

pub mod chat;

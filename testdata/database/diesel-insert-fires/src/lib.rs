//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:12 in fn `database_diesel_insert_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/chat.rs:20 in fn `database_diesel_insert_fires::chat::flag_upgrade_interest`: category `chat` is not allowed for purpose `sales`
//!
//! `[tables]` makes `crm_notes` a sales table: values written into it are passed to `sales`.
//! The inbox (messaging, allowed to read the body) writes a message body into a CRM note, with
//! column `.eq(..)` pairs and with an `Insertable` model struct. Each finding is at the line of
//! `.values(..)`, in the messaging function that writes.
//!
//! Assumption (the issue is silent): the finding is at the line of `.values(..)` (the bound
//! values); an `Insertable` struct carries what its fields hold.

pub mod chat;
pub mod models;
pub mod schema;

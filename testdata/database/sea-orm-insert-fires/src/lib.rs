//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:10 in fn `database_sea_orm_insert_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//!
//! sea-orm writes into the sales table `crm_notes`: an `ActiveModel` of `crm_note` with a message
//! body set, inserted by the inbox. The finding is at the insert statement (one line), in the
//! messaging function.
//!
//! Assumption (the issue is silent): the issue says sea-orm entity models are recognised for
//! reading and writing; an `ActiveModel` of a `[tables]` table inserted with classified values
//! is a write into it, reported at the insert statement.

pub mod chat;
pub mod entity;

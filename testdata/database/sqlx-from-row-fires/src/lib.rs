//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:15 in fn `database_sqlx_from_row_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:10 in fn `database_sqlx_from_row_fires::crm::call_card`: category `contact.phone` is not allowed for purpose `sales`
//!
//! `FromRow` structs filled by `query_as`: each field carries the category of the output column
//! that fills it. The inbox fills `InboxItem` from `messages` and passes its `body` field to
//! sales; sales fills `CallCard` with `phone`.

pub mod chat;
pub mod crm;
pub mod models;

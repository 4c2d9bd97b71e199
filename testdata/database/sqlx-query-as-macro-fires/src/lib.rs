//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:20 in fn `database_sqlx_query_as_macro_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:20 in fn `database_sqlx_query_as_macro_fires::crm::leads`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:27 in fn `database_sqlx_query_as_macro_fires::crm::call_cards`: category `contact.phone` is not allowed for purpose `sales`
//!
//! sqlx `query_as!` into structs: `body AS topic` fills `Lead::topic` with chat, `phone` fills
//! `CallCard::phone`. The inbox fills `InboxItem` and passes its `body` field to sales.

pub mod chat;
pub mod crm;

//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:13 in fn `database_sqlx_query_macro_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_query_macro_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:17 in fn `database_sqlx_query_macro_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! sqlx `query!`: the SQL literal of a sales function reads `messages.body` (chat) and
//! `members.phone` (contact.phone); the finding is at the query (the trace says "reads column
//! `messages.body`" at the SQL text). The inbox may read bodies, but passes the record's `body`
//! field to the sales function `crm::queue_callback`: a finding at that call.
//!
//! Assumption (the issue is silent): the record returned by `query!` has one field per output
//! column, with that column's category.

pub mod chat;
pub mod crm;

//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:14 in fn `database_sqlx_query_as_fn_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_query_as_fn_fires::crm::lead`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:17 in fn `database_sqlx_query_as_fn_fires::crm::call_list`: category `contact.phone` is not allowed for purpose `sales`
//!
//! `sqlx::query_as` into tuples: each tuple position carries its output column's category. A
//! sales function destructures `(sender, body)`; another reads `(id, phone)`. The inbox reads
//! `(body, sender)` and passes position 0, the body, to sales.

pub mod chat;
pub mod crm;

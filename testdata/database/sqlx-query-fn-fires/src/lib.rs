//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:12 in fn `database_sqlx_query_fn_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_query_fn_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:17 in fn `database_sqlx_query_fn_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The function `sqlx::query` (also imported as `query`) with a literal: the rows it returns
//! carry what the SQL reads. Sales reads `body` and `phone`; the inbox passes a value taken
//! from a row that holds a body to sales.
//!
//! Assumption (the issue is silent): a `PgRow` carries the categories of all its columns
//! (`Row::get` by name is not among the per-column cases the issue lists), so
//! `row.get("sender")` from a row holding a body carries chat too.

pub mod chat;
pub mod crm;

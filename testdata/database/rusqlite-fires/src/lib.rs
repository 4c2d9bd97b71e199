//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:10 in fn `database_rusqlite_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `database_rusqlite_fires::crm::talking_points`: category `chat` is not allowed for purpose `sales`
//!
//! rusqlite (SQLite dialect, `?1` parameters; schema from `migrations/V1__init.sql`):
//! `Connection::prepare` of a query reading bodies, and `Connection::execute` of an `INSERT`
//! into `crm_notes` with a body in `params![..]`.
//!
//! Assumption (the issue is silent): `Statement::query_map` / `query_row` results carry what
//! the statement prepared with `prepare` reads.

pub mod chat;
pub mod crm;

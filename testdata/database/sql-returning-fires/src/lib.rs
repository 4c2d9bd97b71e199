//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:14 in fn `database_sql_returning_fires::chat::mark_read`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_returning_fires::crm::upgrade`: category `contact.phone` is not allowed for purpose `sales`
//!
//! `RETURNING` returns columns like a `SELECT`: sales upgrades a member and gets `phone` back;
//! the inbox marks a message read, gets `sender, body` back and passes the body to sales.
//!
//! Assumption (the issue is silent): `RETURNING` output columns carry their categories like
//! selected columns.

pub mod chat;
pub mod crm;

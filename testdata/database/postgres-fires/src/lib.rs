//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:9 in fn `database_postgres_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:9 in fn `database_postgres_fires::crm::talking_points`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:17 in fn `database_postgres_fires::crm::viewers`: category `browsing` is not allowed for purpose `sales`
//!
//! The synchronous `postgres::Client`: `query` in a `for` loop, `prepare`, and `execute` into
//! `crm_notes` with a message body.
//!
//! Assumption (the issue is silent): the finding for `for row in client.query(..)?` is on the
//! `for` line.

pub mod chat;
pub mod crm;

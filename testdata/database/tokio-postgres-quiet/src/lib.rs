//! EXPECT: no findings
//!
//! `tokio_postgres::Client` with SQL that reads no classified column in sales code (`sender,
//! sent_at`; a prepared `count(*)` of profile views), and an `execute` into `crm_notes` with a
//! fixed text. A workspace type with a method named `query` is not a database client.
//!
//! Assumption (the issue is silent): a workspace type's method named `query` is not a database
//! call.

pub mod chat;
pub mod crm;
pub mod search;

//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:10 in fn `database_tokio_postgres_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `database_tokio_postgres_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_tokio_postgres_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! Raw SQL passed to `tokio_postgres::Client::query`, `prepare` and `execute`. A prepared
//! statement is reported where its SQL text is, at `prepare`. Values in the parameter slice of
//! an `execute` that inserts into `crm_notes` are passed to sales.
//!
//! Assumption (the issue is silent): a prepared statement is reported at `prepare`, where its
//! SQL text is; what `query(&stmt, ..)` returns carries what the statement reads.

pub mod chat;
pub mod crm;

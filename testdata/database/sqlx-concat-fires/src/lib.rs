//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_concat_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//!
//! SQL written with `concat!` of literals. The first piece, on the line of the query call,
//! names `body`; the finding is at the query.
//!
//! Assumption (the issue is silent): the finding is on the line of the query call; the
//! `concat!` piece naming the column is on that line too.

pub mod crm;

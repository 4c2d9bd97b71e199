//! EXPECT: no findings
//!
//! The migration of `schema-table-unparsed-fires` (a `CREATE TABLE` statement no dialect
//! parses, at migrations/0001_init.sql:10), but the policy has no `[columns]` and no
//! `[tables]`: redline does not look at database code or the schema, so nothing about the
//! migration is reported, and the query of `members.phone` is no use of any category.

pub mod account;

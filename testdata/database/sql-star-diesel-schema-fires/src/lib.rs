//! EXPECT: 1 finding
//! - purpose-violation at src/export.rs:8 in fn `database_sql_star_diesel_schema_fires::export::export_messages`: category `chat` is not allowed for purpose `sales`
//!
//! `SELECT *` expanded from the diesel `table!` schema (src/schema.rs; there is no migrations
//! directory). The raw query goes through `tokio_postgres` in a sales job of a service whose
//! schema is diesel's.
//!
//! Assumption (the issue is silent): every schema in the workspace serves every query: the
//! diesel `table!` schema expands `SELECT *` of raw SQL run through tokio-postgres.

pub mod export;
pub mod schema;

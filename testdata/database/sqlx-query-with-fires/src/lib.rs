//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:11 in fn `database_sqlx_query_with_fires::crm::talking_points`: category `chat` is not allowed for purpose `sales`
//!
//! `sqlx::query_with(sql, arguments)`: the arguments are built first, the SQL literal is read
//! at the `query_with` call.
//!
//! Assumption (the issue is silent): building `PgArguments` is not a query; the SQL literal is
//! read at `query_with`.

pub mod crm;

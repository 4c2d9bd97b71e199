//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:8 in fn `database_sql_star_sqlx_offline_fires::crm::prep_sheet`: category `chat` is not allowed for purpose `sales`
//!
//! `SELECT *` expanded from sqlx's offline data: there is no migrations directory and no diesel
//! schema; `.sqlx/query-<hash>.json` (written by `cargo sqlx prepare`) lists the columns of
//! `SELECT * FROM messages WHERE sender = $1`, `body` among them.
//!
//! Assumption (the issue is silent): `.sqlx/` offline data counts as a known schema for `SELECT
//! *`; redline.toml names only `messages.body`, which that data contains, so no entry is
//! unmatched.

pub mod crm;

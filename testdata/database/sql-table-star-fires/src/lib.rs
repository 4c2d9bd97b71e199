//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_table_star_fires::crm::warm_leads`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_sql_table_star_fires::crm::renewing`: category `contact.phone` is not allowed for purpose `sales`
//!
//! `t.*` in a join is expanded from the schema for that table only: `m.*` includes
//! `messages.body`, `u.*` includes `members.phone`.
//!
//! Assumption (the issue is silent): `m.*` expands to the columns of `messages` only.

pub mod crm;

//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_join_fires::crm::warm_leads`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_sql_join_fires::crm::last_viewed`: category `browsing` is not allowed for purpose `sales`
//!
//! Joins: an unqualified `body` in a join resolves to `messages.body` through the schema;
//! `v.viewed_at` of a `LEFT JOIN profile_views v` is browsing.
//!
//! Assumption (the issue is silent): an unqualified column in a join is resolved through the
//! schema to the table that has it.

pub mod crm;

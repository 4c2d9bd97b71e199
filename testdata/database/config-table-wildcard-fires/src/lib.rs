//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `database_config_table_wildcard_fires::crm::viewers`: category `browsing` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_config_table_wildcard_fires::crm::view_times`: category `browsing` is not allowed for purpose `sales`
//!
//! `"profile_views.*" = "browsing"` classifies every column of the table: `viewer`, and also
//! `viewed_at`, read by sales.
//!
//! Assumption (the issue is silent): `table.*` classifies timestamps too (`viewed_at`).

pub mod crm;

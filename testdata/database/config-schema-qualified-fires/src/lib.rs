//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:8 in fn `database_config_schema_qualified_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/reports.rs:8 in fn `database_config_schema_qualified_fires::reports::week`: category `chat` is not allowed for purpose `sales`
//!
//! `"public.messages.body" = "chat"`: a schema-qualified name matches `public.messages` in SQL and
//! the unqualified `messages` (Postgres's default schema is `public`).
//!
//! Assumption (the issue is silent): an unqualified table name in SQL is in schema `public`
//! (Postgres's default `search_path`), so `public.messages.body` matches `FROM messages`.

pub mod crm;
pub mod reports;

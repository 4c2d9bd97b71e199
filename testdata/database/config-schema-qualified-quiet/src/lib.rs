//! EXPECT: no findings
//!
//! `"public.messages.body"` does not match `marketing.messages.body`, a table of the same name
//! in another schema (campaign copy, created in `migrations/..._marketing.sql`).
//!
//! Assumption (the issue is silent): `CREATE SCHEMA` and schema-qualified `CREATE TABLE` in
//! migrations make `marketing.messages` a table of the known schema, distinct from
//! `public.messages`.

pub mod crm;

//! EXPECT: no findings
//!
//! Entries in every form that all match the schema of `migrations/*.sql` (a column, a table
//! wildcard, a schema-qualified column, a `[tables]` table): no `unmatched-config-path`.
//!
//! Assumption (the issue is silent): a schema-qualified `[columns]` entry
//! (`public.members.phone`) matches an unqualified `CREATE TABLE members`.

pub mod chat;

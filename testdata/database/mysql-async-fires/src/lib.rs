//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:9 in fn `database_mysql_async_fires::crm::openers`: category `chat` is not allowed for purpose `sales`
//!
//! mysql_async (MySQL dialect, backquoted names; schema from a MySQL migration): `query` of a
//! statement reading bodies, through the `Queryable` trait.
//!
//! Assumption (the issue is silent): mysql_async has no `execute`/`prepare` methods (its
//! `exec*`/`prep` are not named in the issue), so only `Queryable::query` is tested; backquoted
//! names are MySQL dialect.

pub mod crm;

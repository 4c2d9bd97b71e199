//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `database_mysql_schema_typo_fires::crm::openers`: category `chat` is not allowed for purpose `sales`
//! - unmatched-config-path (warning) at redline.toml:36: there is no column `members.phnoe`
//!
//! A MySQL migration with backquoted names is read for the schema (its tokens are MySQL's,
//! not PostgreSQL's), so a misspelt `[columns]` entry for one of its tables is caught. Before,
//! the migration was split with PostgreSQL's tokens, no table statement parsed, and the
//! schema was silently empty.

pub mod crm;

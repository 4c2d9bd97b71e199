//! EXPECT: no findings
//!
//! The migration has a valid `CREATE TABLE members` and statements that do not shape tables:
//! a PL/pgSQL trigger function (its `$$` body holds `;`s), its trigger, and statements that no
//! dialect parses (none of sqlparser 0.64's has `CLUSTER`, `REINDEX` or `ALTER SEQUENCE`) but
//! that are not `CREATE TABLE`, `ALTER TABLE` or `DROP TABLE`: `CLUSTER`, `REINDEX TABLE` (the
//! word `TABLE`, but not a table statement), `ALTER SEQUENCE` (`ALTER`, but not `ALTER TABLE`)
//! and a gibberish `VACUUM`. They are passed over, not reported.
//! `members.phone` matches `[columns]` and is read for an allowed purpose.

pub mod account;

//! EXPECT: 1 finding
//! - analysis-limit (warning) at migrations/0001_init.sql:10: no SQL dialect parses this `CREATE TABLE` statement; the tables it defines are not known
//!
//! The `CREATE TABLE phone_verifications` statement of the migration has a syntax error (`,,`
//! on its second line, line 11) that no dialect accepts: it is not read, and gets an
//! `analysis-limit` warning at the statement's first line (line 10, not the line of the
//! error, not line 1 of the file). The statements before and after it are read:
//! `members.phone` and `members.backup_phone` (added by the `ALTER TABLE` after the broken
//! statement) match `[columns]`, so there is no `unmatched-config-path`. The account page
//! reads `members.phone` for an allowed purpose: no purpose-violation.
//!
//! Assumption (the docs are silent): "the statement's first line" is the line of its first
//! keyword (`CREATE`), not the blank line after the previous `;`.

pub mod account;

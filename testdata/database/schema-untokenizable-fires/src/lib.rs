//! EXPECT: 1 finding
//! - analysis-limit (warning) at migrations/0002_plans.sql:1: the migration file cannot be split into SQL tokens (an unterminated string); it is not read
//!
//! migrations/0002_plans.sql seeds `plans` with a missing closing quote (`'gold` on line 9),
//! so the string opened by the last quote (line 10) runs to the end of the file: no dialect
//! can tokenize the file. It is not read, and the warning names the file (line 1), not the
//! line of the quote. migrations/0001_members.sql is read: `members.phone` matches
//! `[columns]` and is read for an allowed purpose.

pub mod account;

//! EXPECT: 1 finding
//! - analysis-limit (warning) at migrations/0002_cities.sql:1: the migration file is not UTF-8; it is not read
//!
//! migrations/0002_cities.sql is Latin-1: `Zürich`, `København` and `München` on lines 10-12
//! are single bytes (0xFC, 0xF8), invalid UTF-8. The file is not read, and the warning names
//! the file (line 1), not the line of the first invalid byte. migrations/0001_members.sql is
//! read: `members.phone` matches `[columns]` and is read for an allowed purpose.

pub mod account;

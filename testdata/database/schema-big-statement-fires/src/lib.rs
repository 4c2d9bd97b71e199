//! EXPECT: 1 finding
//! - analysis-limit (warning) at migrations/0002_match_features.sql:8: the `CREATE TABLE` statement is over 100,000 SQL tokens; it is not parsed
//!
//! migrations/0002_match_features.sql (generated) defines `match_features` with 30,000 `REAL NOT
//! NULL` columns: valid SQL, but 120,000 words, 150,000 tokens without whitespace
//! (over 100,000 however whitespace is counted). It is not parsed: a warning at its first
//! line (8). The valid `CREATE TABLE match_feature_sets` before it is read.
//! migrations/0003_postcodes.sql seeds `postcodes` with one `INSERT` of 20,000 rows (about
//! 120,000 tokens without whitespace): not a table statement, so passed over and not
//! reported. Both files are under 1 MB (the 4 MiB file limit does not apply).

pub mod account;

//! EXPECT: no findings
//!
//! sqlx `query_scalar!` with `SELECT count(*)`: a count reads no column, of `messages` or of
//! `profile_views` (whose every column is browsing), including sqlx's `AS "views!"` override.
//! The inbox reads a body for its own notification only.

pub mod chat;
pub mod crm;

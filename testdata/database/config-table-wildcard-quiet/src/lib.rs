//! EXPECT: no findings
//!
//! `"profile_views.*"` covers `profile_views` only: `profile_view_stats` (a table whose name
//! starts the same) is not classified. Matching code reads `profile_views` (allowed).
//!
//! Assumption (the issue is silent): `profile_views.*` matches the table `profile_views`
//! exactly, not a name prefix.

pub mod crm;
pub mod matching;

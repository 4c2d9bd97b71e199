//! EXPECT: no findings
//!
//! `SELECT count(*)` reads no column (the required quiet case): of `messages`, of
//! `profile_views` (every column of which is browsing), and of a join with `members`.
//!
//! Assumption (the issue is silent): `count(*)` reads no column, also of a table classified
//! with `table.*`.

pub mod crm;

//! EXPECT: no findings
//!
//! `SELECT *` of `subscriptions`, which has no classified column in the diesel schema.

pub mod export;
pub mod schema;

//! EXPECT: no findings
//!
//! `sqlx::query_with` in sales code reading `sent_at` only.

pub mod crm;

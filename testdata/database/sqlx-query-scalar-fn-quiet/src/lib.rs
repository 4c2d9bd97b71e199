//! EXPECT: no findings
//!
//! `sqlx::query_scalar` in sales code: `SELECT count(*)` of messages, and `plan` of
//! `subscriptions`.

pub mod crm;

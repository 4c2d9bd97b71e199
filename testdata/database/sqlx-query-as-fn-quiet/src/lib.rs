//! EXPECT: no findings
//!
//! `sqlx::query_as` tuples, per position: the inbox reads `(body, sender)` and passes only
//! position 1 to sales. Sales reads `(id, display_name)` of `members`.

pub mod chat;
pub mod crm;

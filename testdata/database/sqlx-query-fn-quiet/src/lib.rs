//! EXPECT: no findings
//!
//! `sqlx::query` in sales code reading only columns that are not classified: `id, sender,
//! recipient, sent_at` of `messages` (a classified table) and `display_name, plan` of `members`.
//!
//! Assumption (the issue is silent): a `.bind(member)` of a parameter is no use of a column.

pub mod crm;

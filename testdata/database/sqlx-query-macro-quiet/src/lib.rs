//! EXPECT: no findings
//!
//! sqlx `query!` in sales code reading only columns that are not classified (`max(sent_at)` of
//! `messages`; `display_name` and `plan` of `members`). The inbox reads `sender, body` and passes
//! only the record's `sender` field to sales.

pub mod chat;
pub mod crm;

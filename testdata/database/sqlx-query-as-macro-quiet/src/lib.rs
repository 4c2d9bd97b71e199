//! EXPECT: no findings
//!
//! sqlx `query_as!` in sales code filling `Lead` from columns that are not classified (the alias
//! `topic` is the same, the column is `display_name`). The inbox fills `InboxItem` with the body
//! and passes only its `sender` field to sales.

pub mod chat;
pub mod crm;

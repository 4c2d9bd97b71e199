//! EXPECT: no findings
//!
//! Aliases that carry the name of a classified column but select another column:
//! `m.sent_at AS body`, `display_name AS phone`. The inbox selects `body AS what` and passes only
//! `who` to sales.
//!
//! Assumption (the issue is silent): the category follows the column, never the alias name.

pub mod chat;
pub mod crm;

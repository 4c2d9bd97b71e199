//! EXPECT: no findings
//!
//! The same sales code selects only columns that are not classified: `sender` and `sent_at` of
//! `messages` (a classified table), a `count()`, `plan` of `members`. In the `dsl` module, `body`
//! is `newsletter_templates::body`, a column that has the name of a classified column of
//! another table.
//!
//! Assumption (the issue is silent): `.count()` reads no column; paths in `.filter(..)` to
//! columns that are not classified are no use.

pub mod crm;
pub mod reports;
pub mod schema;

//! EXPECT: no findings
//!
//! The same macros with `.sql` files that read no classified column (`count(*)`, `DISTINCT
//! sender`, `subscriptions.plan`). `queries/moderation_export.sql` reads message bodies, but only
//! the trust-and-safety module runs it (chat is allowed there); `queries/old_opener.sql` reads
//! bodies but no code runs it.
//!
//! Assumption (the issue is silent): a `.sql` file that no code runs is not a query.

pub mod crm;
pub mod moderation;

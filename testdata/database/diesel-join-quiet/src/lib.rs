//! EXPECT: no findings
//!
//! The same joins selecting only columns that are not classified: `members::display_name`,
//! `messages::sent_at` (a classified table, other column), `subscriptions::renews_at`, and the
//! sales team's own `crm_notes::note` (`[tables]` gives crm_notes a purpose for writes; reading it
//! is not a use of any category).

pub mod crm;
pub mod schema;

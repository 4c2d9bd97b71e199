//! EXPECT: no findings
//!
//! Tables loaded whole that have no classified column (`subscriptions`, and
//! `newsletter_templates`, whose `body` is not `messages.body`). The messaging job loads
//! `messages` whole (allowed) and hands only the sender (tuple position 1) to sales.
//!
//! Assumption (the issue is silent): the tuple positions of a whole-table load are tracked like
//! those of any tuple.

pub mod chat;
pub mod crm;
pub mod models;
pub mod schema;

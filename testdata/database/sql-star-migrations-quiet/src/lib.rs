//! EXPECT: no findings
//!
//! `SELECT *` of tables with no classified column in the migrations: `subscriptions`, and
//! `newsletter_templates`, whose `body` is not `messages.body`.

pub mod crm;

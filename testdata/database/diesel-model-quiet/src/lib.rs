//! EXPECT: no findings
//!
//! The same model structs; sales reads only fields whose columns are not classified
//! (`display_name`, `sent_at`, the number of messages). `NewsletterTemplate::body` is bound to
//! `newsletter_templates.body`, and `Draft::body` belongs to a struct with no diesel attributes.

pub mod chat;
pub mod crm;
pub mod models;
pub mod schema;

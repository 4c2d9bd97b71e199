//! EXPECT: no findings
//!
//! The same `cfg_attr` model structs; sales reads only fields whose columns are not classified,
//! and the `body` of `NewsletterTemplate`, bound to `newsletter_templates`.

pub mod crm;
pub mod models;
pub mod schema;

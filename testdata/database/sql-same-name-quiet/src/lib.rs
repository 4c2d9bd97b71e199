//! EXPECT: no findings
//!
//! A column classified in another table with the same name (the required quiet case):
//! `body` of `newsletter_templates` is not `messages.body`, alone and next to `messages`.

pub mod crm;

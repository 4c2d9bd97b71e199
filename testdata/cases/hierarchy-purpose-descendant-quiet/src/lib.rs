//! EXPECT: no findings
//!
//! `contact.email` allows `marketing`; `marketing.email` and
//! `marketing.email.digest` are descendants of it and therefore allowed.

pub mod accounts;
pub mod digest;
pub mod newsletter;

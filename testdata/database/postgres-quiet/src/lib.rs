//! EXPECT: no findings
//!
//! `postgres::Client` in sales code reading `display_name` and `plan`, and a prepared `count(*)`;
//! the inbox writes a fixed text into `crm_notes`.

pub mod chat;
pub mod crm;

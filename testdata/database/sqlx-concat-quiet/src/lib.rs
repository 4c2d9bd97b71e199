//! EXPECT: no findings
//!
//! `concat!` SQL in sales code that reads `count(*)` and `sent_at` only.

pub mod crm;

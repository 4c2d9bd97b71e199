//! EXPECT: no findings
//!
//! `contact.phone` inherits `account` from `contact` and is read by account
//! code; `contact.email` has its own list `marketing.email` and is read by
//! marketing.email code.

pub mod accounts;
pub mod newsletter;

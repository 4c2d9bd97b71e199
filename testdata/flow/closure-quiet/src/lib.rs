//! EXPECT: no findings
//!
//! The closure in the marketing function uses only a count returned by
//! `chat::unread` (messaging; `len` does not propagate) and the member id.

pub mod chat;
pub mod promo;

//! EXPECT: no findings
//!
//! The unscoped `digest::weekly_digest` still collects chat bodies, but they
//! go to the messaging function `chat::archive`; the marketing function gets
//! a constant string.

pub mod chat;
pub mod digest;
pub mod promo;

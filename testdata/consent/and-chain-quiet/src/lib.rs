//! EXPECT: no findings
//!
//! `&&` chains: the guard among the conditions of an `if`, `&&` as an expression, and an
//! early exit on `!guard || other`.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: no findings
//!
//! `match` on the guard (function and field), and match arms with the guard as their
//! `if` condition.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: no findings
//!
//! A check of another condition (`is_paying()`) together with the guard, nested.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

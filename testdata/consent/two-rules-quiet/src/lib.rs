//! EXPECT: no findings
//!
//! The two rules of `two-rules-fires`, both satisfied before each use.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: no findings
//!
//! The guard's result stored in a local, then tested before the use.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

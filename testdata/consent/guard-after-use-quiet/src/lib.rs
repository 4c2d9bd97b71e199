//! EXPECT: no findings
//!
//! The guard before the use (and a harmless second check after it).

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

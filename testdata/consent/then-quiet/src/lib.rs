//! EXPECT: no findings
//!
//! `bool::then` with a closure: the use inside the closure runs only when the guard is
//! true.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

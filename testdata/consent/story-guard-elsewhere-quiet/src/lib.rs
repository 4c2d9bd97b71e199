//! EXPECT: no findings
//!
//! Guard and use in different functions, correctly: a helper that returns an error
//! unless the guard holds (then `?`), a `bool` helper true only when the guard is, and a
//! helper that returns the number only under the guard. None is configured: redline
//! recognises them from their bodies.

pub mod checks;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

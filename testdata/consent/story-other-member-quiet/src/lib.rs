//! EXPECT: no findings
//!
//! The handlers of `story-other-member-fires` with the guard checked for the person who
//! is texted. (`tell_matches` also checks the member's own opt-in, which is harmless.)

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

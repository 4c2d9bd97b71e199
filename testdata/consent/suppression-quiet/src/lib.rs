//! EXPECT: no findings (2 suppressed by comments)
//!
//! `missing-consent` findings suppressed with a reason: on the use's line, and for a whole
//! function by a comment above it.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 2 findings
//! - missing-consent at src/sms.rs:11 in fn `consent_guard_after_use_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:22 in fn `consent_guard_after_use_fires::sms::offer_all`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Not guarded: a guard after the use, in straight-line code and at the end of a loop
//! body (the first member who did not opt in is texted before the loop stops).

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

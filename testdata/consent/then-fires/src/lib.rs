//! EXPECT: 2 findings
//! - missing-consent at src/sms.rs:12 in fn `consent_then_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:17 in fn `consent_then_fires::sms::offer_by_field`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of `guard.then(|| ..)`: `then_some(..)`, whose argument is evaluated
//! unconditionally, and `then` on the negated guard.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

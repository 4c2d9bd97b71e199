//! EXPECT: 4 findings
//! - missing-consent at src/sms.rs:11 in fn `consent_suppression_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:17 in fn `consent_suppression_fires::sms::offer_again`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - unused-suppression (warning) at src/sms.rs:10: nothing left to suppress below it
//! - suppression-without-reason at src/sms.rs:16
//!
//! Suppressions that do not suppress a `missing-consent` finding: one names another lint
//! (and is itself unused), one gives no reason.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:13 in fn `consent_match_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:20 in fn `consent_match_fires::sms::offer_by_field`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:27 in fn `consent_match_fires::sms::offer_by_plan`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of `match`: the use in the `false` arm, in a wildcard arm, and in an arm
//! whose condition is not the guard.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

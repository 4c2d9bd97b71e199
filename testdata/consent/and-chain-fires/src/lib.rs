//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:12 in fn `consent_and_chain_fires::sms::offer_gold`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:19 in fn `consent_and_chain_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:28 in fn `consent_and_chain_fires::sms::offer_free`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of `&&` chains: the guard in an `||` (in an `if` and as an expression), and
//! an early exit on `!guard && other`, which does not exit for everyone without consent.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

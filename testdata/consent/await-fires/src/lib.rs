//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:12 in fn `consent_await_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:21 in fn `consent_await_fires::sms::offer_referred`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:28 in fn `consent_await_fires::sms::offer_unawaited`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of awaited guards: the awaited result ignored (`opted_in(..).await?;`),
//! awaited for another key, and a guard future that is never awaited.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

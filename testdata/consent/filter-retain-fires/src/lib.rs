//! EXPECT: 4 findings
//! - missing-consent at src/sms.rs:13 in fn `consent_filter_retain_fires::sms::blast`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:23 in fn `consent_filter_retain_fires::sms::blast_retained`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:32 in fn `consent_filter_retain_fires::sms::blast_then_filter`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:43 in fn `consent_filter_retain_fires::sms::blast_negated`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of filtering: a filter whose result is only counted, `retain` on a copy,
//! a filter after the use, and a filter on the negated guard.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:11 in fn `consent_helper_fires::sms::blast`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:16 in fn `consent_helper_fires::sms::blast_in_place`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:20 in fn `consent_helper_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The same callers as `helper-quiet`, with helpers whose bodies do not keep only
//! guarded members or values: a filter on `is_paying()`, a filter that only counts, and
//! a consent check that does not decide what is returned. The finding is in the caller
//! with the purpose, at the use (for `offer`, at the call of the unscoped helper that
//! reads the phone number).

pub mod audience;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

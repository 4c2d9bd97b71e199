//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:12 in fn `consent_ignored_result_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:18 in fn `consent_ignored_result_fires::sms::offer_discarded`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:25 in fn `consent_ignored_result_fires::sms::offer_logged`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Not guarded: a guard whose result is ignored (a statement, `let _ =`) or only logged.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:11 in fn `consent_story_guard_elsewhere_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:18 in fn `consent_story_guard_elsewhere_fires::sms::offer_if_allowed`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:22 in fn `consent_story_guard_elsewhere_fires::sms::offer_direct`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The story: the consent check and the use are in different functions, and the check
//! does not decide whether the use runs. `checks::check_consent` only logs;
//! `checks::may_text` is also true without consent; `checks::phone_for_offer` ignores its
//! own check.

pub mod checks;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

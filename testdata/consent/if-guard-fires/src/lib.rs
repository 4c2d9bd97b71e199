//! EXPECT: 4 findings
//! - missing-consent at src/sms.rs:15 in fn `consent_if_guard_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:24 in fn `consent_if_guard_fires::sms::offer_by_field`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:33 in fn `consent_if_guard_fires::sms::offer_twice`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:39 in fn `consent_if_guard_fires::sms::offer_thrice`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of `if guard(&m) { use(m.phone) }`: the use in the `else` branch, after
//! the `if`, or a second use outside the guarded branch. The finding names the category
//! `contact.phone`, the purpose `marketing.sms`, the rule's reason and the guards
//! `consent::allows` and `Member::marketing_opt_in`.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

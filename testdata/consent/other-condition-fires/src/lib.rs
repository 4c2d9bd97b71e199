//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:12 in fn `consent_other_condition_fires::sms::offer_gold`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:22 in fn `consent_other_condition_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:30 in fn `consent_other_condition_fires::sms::offer_if_known`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Not guarded: a check of another condition, `is_paying()`; an opt-out of the other
//! rule (`on_dnc_list` belongs to the rule for `sales.calls`); a membership test.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 4 findings
//! - purpose-violation at src/cold.rs:8 in fn `consent_no_double_report_fires::cold::cold_call`: category `contact.phone` is not allowed for purpose `sales.cold_calls` (denied: "No cold calls to members' phones")
//! - purpose-violation at src/push.rs:10 in fn `consent_no_double_report_fires::push::push_fallback`: category `contact.phone` is not allowed for purpose `marketing.push`
//! - purpose-violation at src/push.rs:16 in fn `consent_no_double_report_fires::push::push_fallback_opted_in`: category `contact.phone` is not allowed for purpose `marketing.push`
//! - missing-consent at src/sms.rs:8 in fn `consent_no_double_report_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! No double report: when the purpose is not allowed for the category at all (not in
//! `allowed_purposes`, or forbidden by a [[deny]] rule), `purpose-violation` is reported
//! and `missing-consent` is not, guarded or not. `marketing.push` and `sales.cold_calls`
//! are both inside the consent rule's purposes. `sms::offer` shows the rule is active.

pub mod cold;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod push;
pub mod sms;

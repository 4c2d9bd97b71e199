//! EXPECT: 4 findings
//! - missing-consent at src/calls.rs:10 in fn `consent_config_unmatched_guard_fires::calls::call`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/sms.rs:11 in fn `consent_config_unmatched_guard_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - unmatched-config-path (warning) at redline.toml:21: there is no function `consent::alows`
//! - unmatched-config-path (warning) at redline.toml:29: there is no field `Member::do_not_cal`
//!
//! Misspelt paths in [[consent]]: the guard `consent::alows` and the opt-out
//! `Member::do_not_cal` match nothing in the workspace, a warning each. The rules still
//! apply, and the checks the code makes (`allows`, `do_not_call`) are not the ones the
//! rules name, so both uses are reported.

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

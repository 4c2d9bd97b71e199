//! EXPECT: 2 findings
//! - missing-consent at src/calls.rs:11 in fn `consent_attr_fn_fires::calls::call_back`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/sms.rs:11 in fn `consent_attr_fn_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The functions of `attr-fn-quiet` mark the guard and the opt-out, but their results do
//! not decide the uses.
//!
//! The spelling of the in-code attributes is assumed by these cases (the issue leaves it
//! to the implementation): `#[redline::consent(purposes = [..], categories = [..])]` marks a
//! guard, `#[redline::opt_out(purposes = [..], categories = [..])]` an opt-out. Every
//! case using them is named `attr-*`.

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

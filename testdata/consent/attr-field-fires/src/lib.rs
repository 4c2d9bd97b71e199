//! EXPECT: 2 findings
//! - missing-consent at src/calls.rs:9 in fn `consent_attr_field_fires::calls::call_list`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/sms.rs:10 in fn `consent_attr_field_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The fields of `attr-field-quiet` mark the guard and the opt-out, but the uses do not
//! check them: the rules come from the attributes alone.
//!
//! The spelling of the in-code attributes is assumed by these cases (the issue leaves it
//! to the implementation): `#[redline::consent(purposes = [..], categories = [..])]` marks a
//! guard, `#[redline::opt_out(purposes = [..], categories = [..])]` an opt-out. Every
//! case using them is named `attr-*`.

pub mod calls;
pub mod gateway;
pub mod member;
pub mod sms;

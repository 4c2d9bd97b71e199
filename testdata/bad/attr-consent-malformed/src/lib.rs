//! EXPECT: 2 findings
//! - malformed-annotation at src/consent.rs:6: a consent guard must be a `bool` field or a function returning `bool`
//! - malformed-annotation at src/consent.rs:12: `opt_out` needs `purposes = [..]`
//!
//! Malformed consent attributes, which the annotations crate rejects at compile time and
//! redline reports itself (the attributes are ignored, so no rule exists and
//! `sms::offer` is not reported).
//!
//! The spelling of the in-code attributes is assumed by these cases (the issue leaves it
//! to the implementation): `#[redline::consent(purposes = [..], categories = [..])]` marks a
//! guard, `#[redline::opt_out(purposes = [..], categories = [..])]` an opt-out. Every
//! case using them is named `attr-*`.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 2 findings
//! - unknown-purpose at src/member.rs:11: unknown purpose `markting`, did you mean `marketing`?
//! - unknown-category at src/member.rs:14: unknown category `contact.phnoe`, did you mean `contact.phone`?
//!
//! Names in the attributes are checked like every name used in code: an unknown purpose
//! or category is an error with a did-you-mean, and the attribute is ignored (no rule:
//! the unguarded uses below are not reported).
//!
//! The spelling of the in-code attributes is assumed by these cases (the issue leaves it
//! to the implementation): `#[redline::consent(purposes = [..], categories = [..])]` marks a
//! guard, `#[redline::opt_out(purposes = [..], categories = [..])]` an opt-out. Every
//! case using them is named `attr-*`.

pub mod calls;
pub mod gateway;
pub mod member;
pub mod sms;

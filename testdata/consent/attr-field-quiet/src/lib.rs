//! EXPECT: no findings
//!
//! The in-code variant on `bool` fields of a `#[redline::classified]` struct: redline.toml
//! has no [[consent]] table. `Member::marketing_opt_in` is marked a guard for
//! `contact.phone` used for `marketing`, `Member::do_not_call` an opt-out for
//! `sales.calls`; each use below is guarded by them.
//!
//! The spelling of the in-code attributes is assumed by these cases (the issue leaves it
//! to the implementation): `#[redline::consent(purposes = [..], categories = [..])]` marks a
//! guard, `#[redline::opt_out(purposes = [..], categories = [..])]` an opt-out. Every
//! case using them is named `attr-*`.

pub mod calls;
pub mod gateway;
pub mod member;
pub mod sms;

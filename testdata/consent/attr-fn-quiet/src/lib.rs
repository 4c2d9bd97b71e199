//! EXPECT: no findings
//!
//! The in-code variant on `fn .. -> bool`: redline.toml has no [[consent]] table;
//! `consent::allows` is marked a guard and `consent::on_dnc_list` an opt-out, and each
//! use below is guarded by them.
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

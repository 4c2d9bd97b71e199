//! EXPECT: no findings
//!
//! `if guard(&m) { use(m.phone) }`, with the guard as a function (`consent::allows`)
//! and as a field (`Member::marketing_opt_in`), both listed in the [[consent]] rule for
//! `marketing`; `sms` has purpose `marketing.sms`. Every use of `m.phone` runs only when
//! the guard was true for the same member.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

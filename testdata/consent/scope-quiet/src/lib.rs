//! EXPECT: no findings
//!
//! The rule on the parent category `contact` and parent purpose `marketing`, with every
//! covered use guarded. `location` data is used before the guard (not in the rule), and
//! `account` and `sales.calls` code use the phone number unguarded (not in the rule).

pub mod account;
pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod newsletter;
pub mod sms;

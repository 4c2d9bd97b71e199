//! EXPECT: no findings
//!
//! Negation done right: the use in the branch where the negated guard is false, a double
//! negation, and a negated opt-out (`if !on_dnc_list(m) { call }`).

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

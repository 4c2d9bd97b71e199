//! EXPECT: no findings
//!
//! Collections: `.filter(|m| guard(m))` and `.retain(|m| m.marketing_opt_in)` before the
//! elements are used, in iterator chains and loops, and through a collected `Vec`.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

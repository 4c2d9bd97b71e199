//! EXPECT: no findings
//!
//! `let .. else` on the guard: `let true = guard else { .. }`, and
//! `let Ok(true) = repo.opted_in(id) else { .. }` for a guard method that can fail,
//! keyed by the member id the data is then read under.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

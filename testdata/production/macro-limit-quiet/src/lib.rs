//! EXPECT: no findings
//!
//! The macros of `macro-limit-fires` within the limit: the tt-muncher over 50 entries
//! (51 nested expansions), the counting macro over 40 tokens, and only GET and POST
//! routes. Everything expands; nothing is reported.

#[macro_use]
mod macros;

pub mod codes;
pub mod model;
pub mod routes;

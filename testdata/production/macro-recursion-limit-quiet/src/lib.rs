//! EXPECT: no findings
//!
//! The shapes of `macro-recursion-limit-fires`, within the crates' limits and with allowed
//! purposes. This crate sets `#![recursion_limit = "300"]`: `fields!` over 200 names (201
//! nested expansions) and over 280 names (281) expand, and the functions their last
//! expansions write read chat messages for messaging and for trust and safety. The member
//! crate `crates/big` sets 400 under `cfg_attr`: its 350-name invocation expands, its
//! function reads chat for messaging. No `analysis-limit` warning, no violation.

#![recursion_limit = "300"]

#[macro_use]
mod macros;

pub mod inbox;
pub mod model;
pub mod moderation;

//! Trust and safety: abuse reports, moderation, law-enforcement requests.
//!
//! This crate has no module_purpose!: redline.toml's `[modules]` gives the
//! crate `trust_and_safety`.

pub mod evidence;
pub mod moderation;

pub use moderation::{open_flags, review, AbuseReport, Verdict};

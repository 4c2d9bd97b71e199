//! Recommendations: "people you might like" and "who viewed you".
//!
//! Purpose: `matching`, which is what the browsing log and orientation exist
//! for. Nothing in this crate is a finding.

redline::module_purpose!("matching");

pub mod recommend;

pub use recommend::{admirers, Recommender};

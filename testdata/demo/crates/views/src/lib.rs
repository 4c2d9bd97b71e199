//! The profile-view log: who opened whose profile, when, for how long.
//!
//! Purpose: `matching` — the log feeds recommendations and the
//! "who viewed you" page.

redline::module_purpose!("matching");

pub mod log;

pub use log::{ProfileView, ViewLog};

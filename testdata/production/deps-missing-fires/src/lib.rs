//! EXPECT: 2 findings
//! - purpose-violation at src/events.rs:10 in fn `production_deps_missing_fires::events::track_view`: category `browsing` is not allowed for purpose `analytics`
//! - purpose-violation at src/retarget.rs:3 in fn `production_deps_missing_fires::retarget::audience`: category `browsing` is not allowed for purpose `marketing`
//!
//! Depends on `segment` 0.2.4 (Cargo.lock), whose sources are not in the test
//! `CARGO_HOME` (nothing fetched; `tokio` is there). redline analyses as it did without
//! dependency sources: the call on a receiver whose type is written
//! (`client: &segment::HttpClient`) matches `[functions]`, and the marketing function
//! taking viewing history is reported. The summary says once that `segment` was missing
//! and that `cargo fetch` gives full precision; it is not an error and the exit code is
//! the one these findings give (1).

pub mod events;
pub mod retarget;
pub mod views;

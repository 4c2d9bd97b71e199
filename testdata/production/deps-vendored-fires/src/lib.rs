//! EXPECT: 1 finding
//! - purpose-violation at src/tracking.rs:9 in fn `production_deps_vendored_fires::tracking::track_view`: category `browsing` is not allowed for purpose `analytics`
//!
//! The analytics SDK is vendored (`cargo vendor`: `vendor/posthog-rs` with its
//! `.cargo-checksum.json`, and `.cargo/config.toml` replacing crates.io with
//! `vendor/`); it is not in the test `CARGO_HOME`. The client comes from the free
//! function `posthog_rs::client(..)`, whose return type is only written in the vendored
//! sources; `Client::capture` is the sink.

pub mod tracking;
pub mod views;

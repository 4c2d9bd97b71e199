//! EXPECT: 1 finding
//! - purpose-violation at src/desk.rs:9 in fn `case_purpose_override_impl_fires::desk::Matchmaker::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! src/desk.rs has no module purpose. `#[redline::purpose("sales")]` on the
//! impl block gives its methods `sales`; `report` overrides that again with
//! its own `#[redline::purpose("trust_and_safety")]` and is fine.

pub mod chat;
pub mod desk;

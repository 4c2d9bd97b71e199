//! EXPECT: no findings
//!
//! `deps-missing-fires` without its findings: `segment` is still missing from the test
//! `CARGO_HOME`, so the summary names it and suggests `cargo fetch`, and the exit code
//! is still 0 (no findings). Only member ids go to Segment; marketing gets counts.

pub mod events;
pub mod retarget;
pub mod views;

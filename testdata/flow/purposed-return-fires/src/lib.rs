//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:6 in fn `flow_purposed_return_fires::crm::pitch`: category `browsing` is not allowed for purpose `sales`
//!
//! `matching::preferences` (matching) returns a `Vec<String>` (not an
//! annotated type) derived from `ProfileView` records; what a purposed
//! function returns carries what it was computed from, so the sales caller
//! touches browsing at the call.

pub mod crm;
pub mod matching;

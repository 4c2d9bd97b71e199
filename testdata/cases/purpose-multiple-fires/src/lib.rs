//! EXPECT: 1 finding
//! - purpose-violation at src/concierge.rs:6 in fn `case_purpose_multiple_fires::concierge::suggest_reply`: category `chat` is not allowed for purpose `sales`
//!
//! src/concierge.rs serves two purposes, `messaging` and `sales`. Chat is
//! allowed for the first but not the second: one finding, for `sales`.

pub mod chat;
pub mod concierge;

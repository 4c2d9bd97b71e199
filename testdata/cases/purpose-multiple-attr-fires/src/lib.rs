//! EXPECT: 1 finding
//! - purpose-violation at src/concierge.rs:4 in fn `case_purpose_multiple_attr_fires::concierge::suggest_reply`: category `chat` is not allowed for purpose `sales`
//!
//! Same as purpose-multiple-fires, but the two purposes are given on the
//! function: `#[redline::purpose("messaging", "sales")]`. `notify` has the
//! two allowed purposes and is fine.

pub mod chat;
pub mod concierge;

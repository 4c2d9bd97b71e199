//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:16 in fn `case_purpose_override_fn_fires::chat::upsell_hint`: category `chat` is not allowed for purpose `sales`
//!
//! src/chat.rs is a `messaging` module, but `#[redline::purpose("sales")]`
//! on `upsell_hint` overrides it for that function. `deliver` keeps
//! `messaging` and is fine.

pub mod chat;

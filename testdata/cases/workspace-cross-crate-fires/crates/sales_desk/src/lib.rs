//! EXPECT: 2 findings
//! - purpose-violation at crates/sales_desk/src/pitch.rs:1 in fn `sales_desk::pitch::quote`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at crates/sales_desk/src/followup.rs:3 in fn `sales_desk::followup::remind`: category `chat` is not allowed for purpose `sales`
//!
//! Crate `sales_desk` (purpose sales) uses crate `chat_core`'s annotated
//! `ChatMessage`, once by full path `chat_core::msg::ChatMessage` and once via
//! `use chat_core::prelude::*`, where the prelude glob-re-exports `msg::*`.

redline::module_purpose!("sales");

pub mod followup;
pub mod pitch;

//! EXPECT: 2 findings
//! - purpose-violation at src/call_center.rs:3 in fn `case_config_modules_fires::call_center::script`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/call_center.rs:11 in fn `case_config_modules_fires::call_center::followup::reminder`: category `chat` is not allowed for purpose `sales`
//!
//! src/call_center.rs has no module_purpose!; redline.toml's `[modules]`
//! gives it `sales`, and its inline child module inherits it.

pub mod call_center;
pub mod chat;

//! EXPECT: 4 findings
//! - purpose-violation at crates/sales_desk/src/followup.rs:4 in fn `case_import_workspace_chain_fires::followup::remind`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at crates/sales_desk/src/followup.rs:8 in fn `case_import_workspace_chain_fires::followup::recap`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at crates/sales_desk/src/digest.rs:3 in fn `case_import_workspace_chain_fires::digest::summary`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at crates/sales_desk/src/pitch.rs:1 in fn `case_import_workspace_chain_fires::pitch::quote`: category `chat` is not allowed for purpose `sales`
//!
//! Re-export chains across the two crates of the workspace, with shadowing on both sides.
//! In `chat_core`, `prelude` brings the unclassified `public::Message` through a glob and
//! the classified `msg::ChatMessage` by name as `Message` (the import by name wins), and
//! the crate root re-exports `prelude::*` (written before `prelude`). In this crate,
//! `types` renames `chat_core::Message` to `Thread`, and brings `Message` through a glob
//! of its own `notes` (unclassified) and by name from `chat_core::prelude` (classified:
//! the import by name wins). `followup` imports `types`' names by name, `digest` through
//! a glob, and `pitch` names `chat_core::Message` by its path. The unclassified `Message`s
//! have no field `body` or `sender`: the code compiles only when every one of these names
//! is `chat_core::msg::ChatMessage`.

redline::module_purpose!("sales");

pub mod followup;
pub mod digest;
pub mod pitch;
pub mod types;

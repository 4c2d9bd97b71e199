//! EXPECT: no findings
//!
//! Re-export chains across the two crates of the workspace, with shadowing on both sides.
//! In `chat_core`, `prelude` brings the classified `msg::Message` through a glob and the
//! unclassified `public::Bulletin` by name as `Message` (the import by name wins), and the
//! crate root re-exports `prelude::*` (written before `prelude`). In this crate, `types`
//! renames `chat_core::Message` (the bulletin) to `Thread`, and brings `Message` through a
//! glob of `chat_core::msg` (classified) and by name from its own `notes` (unclassified:
//! the import by name wins). `followup` imports `types`' names by name, `digest` through
//! a glob, and `pitch` names `chat_core::Message` by its path. The classified `Message`
//! has no field `headline` or `text`: the code compiles only when every one of these
//! names is an unclassified type.

redline::module_purpose!("sales");

pub mod followup;
pub mod digest;
pub mod pitch;
pub mod types;

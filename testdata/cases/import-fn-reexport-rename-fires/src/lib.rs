//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:13 in fn `case_import_fn_reexport_rename_fires::chat::forward`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/chat.rs:18 in fn `case_import_fn_reexport_rename_fires::chat::announce`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/helpers.rs:5 in fn `case_import_fn_reexport_rename_fires::helpers::pass_on`: category `chat` is not allowed for purpose `marketing`
//!
//! A function, not a type, is re-exported: the marketing function
//! `promo::send_newsletter` is `outbox::blast` (a rename), which `api` brings through a
//! glob (`pub use crate::outbox::*`) and renames again (`pub use self::blast as shout`);
//! the modules are declared in the reverse order of the chain. Messaging code calls it
//! with chat bodies by path (`crate::api::blast(..)`), through an import of the second
//! rename (`shout(..)`), and through the unscoped `helpers::pass_on`, where `blast` is
//! imported by name from `api` next to a glob (`use crate::archive::*`) that brings the
//! messaging function `archive::blast`: the import by name wins, as in Rust. The two
//! `blast`s take different arguments: the code compiles only when every call is to
//! `promo::send_newsletter`.

pub mod chat;
pub mod helpers;
pub mod api;
pub mod outbox;
pub mod promo;
pub mod archive;

//! EXPECT: no findings
//!
//! Messaging code calls `api::blast` and `api::shout` with chat bodies. `api` brings the
//! marketing functions `promo::blast` and `promo::shout` through a glob
//! (`pub use crate::promo::*`), and shadows both by name with re-exports of the messaging
//! functions `archive::store` and `archive::file` (through `outbox`, declared after `api`,
//! with renames). The calls are by path (`crate::api::blast(..)`), through an import
//! (`shout(..)`), and through the unscoped `helpers::pass_on`, where `blast` is imported
//! by name from `api` next to a glob (`use crate::promo::*`) that brings `promo::blast`.
//! As in Rust, the names imported by name win: chat goes to messaging code only. The
//! marketing functions take two arguments, the messaging ones three: the code compiles
//! only when every call is to `archive`.

pub mod chat;
pub mod helpers;
pub mod api;
pub mod outbox;
pub mod promo;
pub mod archive;

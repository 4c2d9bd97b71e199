//! EXPECT: 2 findings
//! - purpose-violation at crates/server_lib/src/oauth2.rs:7 in fn `case_unknown_receiver_crates_fires::oauth2::grant_origin`: category `account` is not allowed for purpose `unix_login`
//! - purpose-violation at crates/server_admin/src/consent.rs:8 in fn `server_admin::consent::grant_line`: category `account` is not allowed for purpose `unix_login`
//!
//! `unknown-receiver-crates-quiet` where the calling crates can name `unix_resolver`'s
//! `IdProvider`. This crate (purpose `identity` by redline.toml [modules]) depends on
//! `unix_resolver` directly; `server_admin` (purpose `identity`) depends on `unix_client`,
//! which depends on `unix_resolver` (and re-exports `IdProvider`). Both parse the redirect
//! URI of a person's consent grant (classified `account`) with `url::Url::parse` and call
//! `uri.origin()`. `url` is not read (the policy names none of its items, and 2.5.8, in
//! `Cargo.lock`, is not in the test `CARGO_HOME`: not fetched), so the type of `uri` is
//! unknown and every workspace impl of a trait method named `origin` whose trait the
//! calling crate can name is taken (docs/flow.md: the trace says so):
//! `impl IdProvider for KanidmProvider`, whose purpose, `unix_login`, does not allow
//! `account`. The receiver, computed from the redirect URI, is passed to it: one finding at
//! each call. (rustc calls `Url::origin` here; redline cannot tell without `url`'s
//! sources, and over-reports, as docs/flow.md says for unknown receivers.)

pub mod oauth2;
pub mod posix;

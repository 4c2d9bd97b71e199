//! EXPECT: no findings
//!
//! The identity server (as kanidm's `server_lib`, purpose `identity` by redline.toml
//! [modules]) parses the redirect URI of a person's consent grant (classified `account`)
//! with `url::Url::parse` and calls `uri.origin()`. `url` is not read (the policy names
//! none of its items, and 2.5.8, in `Cargo.lock`, is not in the test `CARGO_HOME`: not
//! fetched), so the type of `uri` is unknown and redline looks at the workspace impls of a
//! trait method named `origin`. The only one is
//! `impl IdProvider for KanidmProvider` in `unix_resolver` (purpose `unix_login`, which
//! `account` does not allow), but `IdProvider` is declared in `unix_resolver`, which this
//! crate does not depend on, directly or through `proto` (which both depend on): the
//! trait can never be in scope here, so Rust cannot call that impl by method syntax, and
//! it is not a candidate. `unknown-receiver-crates-fires` is the same with the dependency.

pub mod oauth2;

//! The unix daemon's account resolver (as kanidm's `kanidm_unix_resolver`), purpose
//! `unix_login` by redline.toml [modules]. No findings in this crate; the case's EXPECT
//! block is in crates/server_lib/src/lib.rs.

pub mod idprovider;

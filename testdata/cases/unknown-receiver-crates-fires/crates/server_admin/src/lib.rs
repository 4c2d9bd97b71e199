//! The admin tool (as kanidm's `kanidm_tools`), purpose `identity` by redline.toml
//! [modules]. The case's EXPECT block is in crates/server_lib/src/lib.rs.

pub mod consent;

/// Where the tool finds the unix daemon on this host.
pub fn unixd_socket() -> &'static str {
    unix_client::DEFAULT_SOCK_PATH
}

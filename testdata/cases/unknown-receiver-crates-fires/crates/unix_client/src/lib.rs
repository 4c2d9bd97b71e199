//! The library the unix daemon's tools share (as kanidm's `kanidm_unix_common`). No
//! findings in this crate; the case's EXPECT block is in crates/server_lib/src/lib.rs.

pub use unix_resolver::idprovider::{IdProvider, ProviderOrigin};

/// The socket the unix daemon listens on.
pub const DEFAULT_SOCK_PATH: &str = "/var/run/kanidm-unixd/sock";

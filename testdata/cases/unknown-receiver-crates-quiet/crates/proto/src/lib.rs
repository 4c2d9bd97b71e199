//! Types the server and the unix daemon share (as kanidm's `kanidm_proto`). No findings in
//! this crate; the case's EXPECT block is in crates/server_lib/src/lib.rs.

/// A person's consent to an OAuth2 client. Classified `account` by redline.toml [data].
#[derive(Debug, Clone)]
pub struct ConsentGrant {
    pub spn: String,
    pub client_id: String,
    pub redirect_uri: String,
}

/// What the unix daemon caches for a POSIX account. Not classified.
#[derive(Debug, Clone)]
pub struct UnixUserToken {
    pub gidnumber: u32,
    pub shell: Option<String>,
}

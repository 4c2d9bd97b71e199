pub mod kanidm;

use proto::UnixUserToken;

/// Where a POSIX account the daemon resolved comes from.
#[derive(Debug, Clone)]
pub enum ProviderOrigin {
    Kanidm { instance: String },
    System,
}

/// A source of POSIX accounts. Declared in this crate: only crates that depend on
/// `unix_resolver` (directly or through other crates) can bring it into scope.
pub trait IdProvider {
    fn origin(&self) -> ProviderOrigin;
    fn unix_user_get(&self, name: &str) -> Option<UnixUserToken>;
}

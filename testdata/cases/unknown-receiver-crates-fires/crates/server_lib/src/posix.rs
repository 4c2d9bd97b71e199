use unix_resolver::idprovider::ProviderOrigin;

/// Whether a POSIX account the unix daemon resolved came from a kanidm instance.
pub fn from_kanidm(origin: &ProviderOrigin) -> bool {
    matches!(origin, ProviderOrigin::Kanidm { .. })
}

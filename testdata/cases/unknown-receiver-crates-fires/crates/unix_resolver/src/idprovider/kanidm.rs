use super::{IdProvider, ProviderOrigin};
use proto::UnixUserToken;

pub struct KanidmProvider {
    instance: String,
}

impl KanidmProvider {
    pub fn new(instance: &str) -> KanidmProvider {
        KanidmProvider { instance: instance.to_string() }
    }
}

impl IdProvider for KanidmProvider {
    fn origin(&self) -> ProviderOrigin {
        ProviderOrigin::Kanidm { instance: self.instance.clone() }
    }

    fn unix_user_get(&self, name: &str) -> Option<UnixUserToken> {
        let _ = name;
        None
    }
}

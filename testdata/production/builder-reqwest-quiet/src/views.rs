pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
    pub at: u64,
}

pub trait ViewStore: Send + Sync {
    fn recent_views(&self, member: u64) -> Vec<ProfileView>;
}

pub struct PgViews;

impl ViewStore for PgViews {
    fn recent_views(&self, _member: u64) -> Vec<ProfileView> {
        Vec::new()
    }
}

use crate::telemetry::Metrics;

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub struct Member {
    pub id: u64,
    pub city: String,
}

/// An axum-style handler: GET /profiles/:id records the view and its metric.
pub fn open_profile(metrics: &Metrics, viewer: &Member, viewed: u64) -> ProfileView {
    let view = ProfileView { viewer: viewer.id, viewed };
    metrics.profile_opened(&view);
    metrics.match_shown(viewer);
    view
}

use std::sync::Arc;

use cadence::prelude::*;
use cadence::{MetricClient, StatsdClient, UdpMetricSink};

use crate::matching::{Member, ProfileView};

pub struct Metrics {
    statsd: Arc<StatsdClient>,
    shared: Arc<dyn MetricClient + Send + Sync>,
}

impl Metrics {
    pub fn new(sink: UdpMetricSink) -> Metrics {
        let statsd = Arc::new(StatsdClient::from_sink("amora.api", sink));
        let shared: Arc<dyn MetricClient + Send + Sync> = statsd.clone();
        Metrics { statsd, shared }
    }

    pub fn profile_opened(&self, view: &ProfileView) {
        let surface = if view.viewer == view.viewed { "self" } else { "other" };
        self.statsd.count_with_tags("profile.opened", 1).with_tag("surface", surface).send(); // redline: no finding — a constant tag (implicit flow)
    }

    pub fn match_shown(&self, member: &Member) {
        let _ = member.id;
        self.shared.incr_with_tags("match.shown").with_tag("platform", "ios").send(); // redline: no finding — no personal data in the tags
    }

    pub fn per_member(&self, views: &[ProfileView]) {
        let _ = self.statsd.count("views.batch", views.len() as i64); // redline: no finding — a count
    }
}

/// Tagged with viewing history, but sent with `try_send`, which has no purpose here.
pub fn shared_counter(client: &Arc<StatsdClient>, view: &ProfileView) {
    let c = Arc::clone(client);
    let builder = c.count_with_tags("profile.viewed_by", 1);
    let builder = builder.with_tag_value(&format!("{}->{}", view.viewer, view.viewed));
    let _ = builder.try_send(); // redline: no finding — `try_send` is not in [functions]
}

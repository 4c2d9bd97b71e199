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
        let viewed = view.viewed.to_string();
        self.statsd.count_with_tags("profile.opened", 1).with_tag("viewed", &viewed).send(); // redline: expect purpose-violation (browsing, monitoring)
    }

    pub fn match_shown(&self, member: &Member) {
        let city = member.city.to_lowercase();
        self.shared.incr_with_tags("match.shown").with_tag("city", &city).send(); // redline: expect purpose-violation (location, monitoring)
    }

    /// `count` is a provided method of `Counted<T>`: the client gets it from the trait.
    pub fn per_member(&self, view: &ProfileView) {
        let key = format!("views.by_viewer.{}", view.viewer);
        let _ = self.statsd.count(&key, 1); // redline: expect purpose-violation (browsing, monitoring)
    }
}

/// The builder kept in a local, tagged in a second statement, then sent.
pub fn shared_counter(client: &Arc<StatsdClient>, view: &ProfileView) {
    let c = Arc::clone(client);
    let builder = c.count_with_tags("profile.viewed_by", 1);
    let builder = builder.with_tag_value(&format!("{}->{}", view.viewer, view.viewed));
    builder.send(); // redline: expect purpose-violation (browsing, monitoring)
}

use std::sync::Arc;

use crate::views::{ProfileView, ViewStore};

pub struct Segment {
    pub member: u64,
    pub viewed: Vec<u64>,
}

impl serde::Serialize for Segment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{}:{:?}", self.member, self.viewed))
    }
}

pub struct AudienceSync {
    http: reqwest::Client,
    views: Arc<dyn ViewStore>,
    endpoint: String,
    token: String,
}

impl AudienceSync {
    pub fn new(views: Arc<dyn ViewStore>, endpoint: String, token: String) -> Self {
        let http = reqwest::Client::builder().build().expect("tls backend");
        AudienceSync { http, views, endpoint, token }
    }

    /// Nightly job: "members who looked at X" become an ad audience.
    pub async fn push_segment(&self, member: u64) -> Result<(), reqwest::Error> {
        let views = self.views.recent_views(member);
        let audience = Segment { member, viewed: views.iter().map(|v| v.viewed).collect() };
        let url = format!("{}/v2/audiences", self.endpoint);
        let mut req = self.http.post(url);
        req = req.bearer_auth(&self.token);
        req = req.json(&audience);
        req.send().await?.error_for_status()?; // redline: expect purpose-violation (browsing, third_party.adtech)
        Ok(())
    }

    /// The same in one chain, from a clone of the client moved into a task.
    pub async fn push_lookalike(&self, seed: &ProfileView) -> Result<u16, reqwest::Error> {
        let http = self.http.clone();
        let url = format!("{}/v2/lookalikes", self.endpoint);
        let resp = http.post(&url).header("x-seed", seed.viewed.to_string()).send().await?; // redline: expect purpose-violation (browsing, third_party.adtech)
        Ok(resp.status())
    }
}

/// A free function with a client built on the spot; the body is a formatted string.
pub async fn report_viewers(endpoint: &str, views: &[ProfileView]) -> reqwest::Result<()> {
    let client = reqwest::Client::new();
    let csv: Vec<String> = views.iter().map(|v| format!("{},{}", v.viewer, v.viewed)).collect();
    let request = client.put(endpoint).body(csv.join("\n"));
    let request = request.timeout(std::time::Duration::from_secs(10));
    let _ = request.send().await?; // redline: expect purpose-violation (browsing, third_party.adtech)
    Ok(())
}

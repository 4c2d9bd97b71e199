use std::sync::Arc;

use crate::views::{ProfileView, ViewStore};

pub struct Summary {
    pub member: u64,
    pub views: usize,
}

impl serde::Serialize for Summary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{}:{}", self.member, self.views))
    }
}

pub struct AudienceSync {
    http: reqwest::Client,
    views: Arc<dyn ViewStore>,
    endpoint: String,
    token: String,
}

impl AudienceSync {
    pub async fn push_summary(&self, member: u64) -> Result<(), reqwest::Error> {
        let views = self.views.recent_views(member);
        let summary = Summary { member, views: views.len() };
        let url = format!("{}/v2/summaries", self.endpoint);
        let mut req = self.http.post(url);
        req = req.bearer_auth(&self.token);
        req = req.json(&summary);
        req.send().await?.error_for_status()?; // redline: no finding — a count of views is not viewing history
        Ok(())
    }

    /// Viewing history built into a request that goes through `execute`, not `send`.
    pub async fn archive(&self, seed: &ProfileView) -> Result<(), reqwest::Error> {
        let url = format!("{}/internal/archive", self.endpoint);
        let request = self.http.post(&url).header("x-seed", seed.viewed.to_string()).build()?;
        self.http.execute(request).await?; // redline: no finding — `Client::execute` has no purpose here
        Ok(())
    }

    /// What comes back from the network is not viewing history.
    pub async fn audience_size(&self, audience_id: &str) -> Result<String, reqwest::Error> {
        let url = format!("{}/v2/audiences/{}", self.endpoint, audience_id);
        let req = self.http.get(url);
        req.send().await?.text().await // redline: no finding — only an id is sent
    }
}

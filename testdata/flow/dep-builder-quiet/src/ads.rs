use http_client::Client;

#[redline::data("contact")]
#[derive(Debug, Clone)]
pub struct Email {
    pub address: String,
}

pub struct AudienceSync {
    http: Client,
    url: String,
}

impl AudienceSync {
    pub async fn upload(&self, audience: &[Email]) -> Result<(), http_client::Error> {
        let size = audience.len().to_string();
        let mut req = self.http.post(&self.url);
        req = req.json(&size);
        req.send().await?; // redline: no finding — only a count is sent
        Ok(())
    }
}

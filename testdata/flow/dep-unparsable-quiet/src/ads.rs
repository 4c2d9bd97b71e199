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
        let addresses: Vec<String> = audience.iter().map(|e| e.address.clone()).collect();
        let mut req = self.http.post(&self.url);
        req = req.header("x-tenant", "acme");
        req = req.json(&addresses);
        req.send().await?; // redline: no finding — the type of `req` is unknown (the crate was not indexed)
        Ok(())
    }
}

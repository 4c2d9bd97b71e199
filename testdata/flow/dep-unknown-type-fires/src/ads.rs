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
    pub async fn upload(&self, audience: &[Email]) -> usize {
        let addresses: Vec<String> = audience.iter().map(|e| e.address.clone()).collect();
        let req = self.http.post(&self.url).with_retries(3);
        let req = req.json(&addresses);
        // redline: no finding — the type of `req` is unknown here (the trace of the next finding says so)
        let _ = req.send().await;
        let all = addresses.clone();
        crate::ledger::record(&all) // redline: expect purpose-violation (contact, advertising)
    }
}

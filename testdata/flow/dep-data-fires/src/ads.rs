redline::module_purpose!("advertising");

use http_client::Client;

pub struct Lookup {
    pub http: Client,
}

pub async fn lookup(l: &Lookup, url: &str) -> Result<String, http_client::Error> {
    let req = l.http.post(url);
    let sent = req.send(); // redline: expect purpose-violation (contact, advertising)
    let resp = sent.await?;
    resp.text().await
}

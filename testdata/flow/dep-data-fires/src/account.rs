use http_client::Client;

pub async fn profile(http: &Client, url: &str) -> Result<u16, http_client::Error> {
    let resp = http.post(url).send().await?; // redline: no finding — account may read contact data
    let _ = resp;
    Ok(200)
}

//! EXPECT: no findings
//!
//! As `dep-gated-module-fires` (the vendored hyper declares its `client` module inside
//! `cfg_feature! { #![feature = "client"] .. }`), but what is sent is a fixed text, not
//! the member's email: the request's type is known and the `[functions]` entry matches
//! `send`, which receives no personal data.

use hyper::body::Body;
use hyper::client::Client;

#[redline::data("contact")]
#[derive(Debug, Clone)]
pub struct Email {
    pub address: String,
}

pub fn upload(email: &Email) -> Result<(), String> {
    let _ = email;
    let client = Client::new();
    let req = client.post("https://ads.example/audience");
    let req = req.body(Body::from_text("weekly digest".to_string()));
    req.send()
}

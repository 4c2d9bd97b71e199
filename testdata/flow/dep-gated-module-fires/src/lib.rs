//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:24 in fn `flow_dep_gated_module_fires::upload`: category `contact` is not allowed for purpose `advertising`
//!
//! `hyper` is vendored in `vendor/`, its `client` module declared inside
//! `cfg_feature! { #![feature = "client"] pub mod client; }` as hyper 1.8 does. The
//! wrapper's items are read as items, without the inner attribute that starts its input
//! (spliced with it, the crate root did not parse and the crate was not indexed): the
//! return type of `Client::post` is known, and the `[functions]` entry on
//! `hyper::client::Request::send` matches.

use hyper::body::Body;
use hyper::client::Client;

#[redline::data("contact")]
#[derive(Debug, Clone)]
pub struct Email {
    pub address: String,
}

pub fn upload(email: Email) -> Result<(), String> {
    let client = Client::new();
    let req = client.post("https://ads.example/audience");
    let req = req.body(Body::from_text(email.address));
    req.send() // redline: expect purpose-violation (contact, advertising)
}

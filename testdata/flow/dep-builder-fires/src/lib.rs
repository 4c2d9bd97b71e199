//! EXPECT: 1 finding
//! - purpose-violation at src/ads.rs:20 in fn `flow_dep_builder_fires::ads::AudienceSync::upload`: category `contact` is not allowed for purpose `advertising`
//!
//! `reqwest` (renamed `http_client`) is vendored in `vendor/`; redline.toml gives
//! `http_client::RequestBuilder::send` the purpose `advertising`. The request is built
//! from `Client::post`, whose return type comes from the vendored sources, and sent
//! after `.json(..)` added the member's email: a violation at `send`.

pub mod ads;

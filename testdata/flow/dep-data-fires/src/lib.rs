//! EXPECT: 1 finding
//! - purpose-violation at src/ads.rs:11 in fn `flow_dep_data_fires::ads::lookup`: category `contact` is not allowed for purpose `advertising`
//!
//! `[data]` classifies the dependency type `http_client::Response` (reqwest's, renamed),
//! a public path; the value `.send().await?` gives has the type where reqwest defines it
//! (`reqwest::async_impl::response::Response`), which the entry classifies too. Holding
//! it in advertising code is a violation where it first appears: the future `send()`
//! returns, whose output is the response.

pub mod ads;
pub mod account;

//! EXPECT: 3 findings
//! - purpose-violation at src/audience.rs:37 in fn `production_builder_reqwest_fires::audience::AudienceSync::push_segment`: category `browsing` is not allowed for purpose `third_party.adtech`
//! - purpose-violation at src/audience.rs:45 in fn `production_builder_reqwest_fires::audience::AudienceSync::push_lookalike`: category `browsing` is not allowed for purpose `third_party.adtech`
//! - purpose-violation at src/audience.rs:56 in fn `production_builder_reqwest_fires::audience::report_viewers`: category `browsing` is not allowed for purpose `third_party.adtech`
//!
//! Viewing history sent to an ad network with reqwest, written the way services write
//! it: the request builder comes from `Client::post` (a method of a dependency type whose
//! return type is not written anywhere in the workspace), is reassigned through `json`
//! and `bearer_auth`, and sent. reqwest's `Client` and `RequestBuilder` live in the
//! private module `async_impl` and are re-exported at the root, so the policy names
//! `reqwest::RequestBuilder::send` as users write it. Its sources are in the test
//! `CARGO_HOME` (testdata/cargo-home), found through Cargo.lock.

pub mod audience;
pub mod views;

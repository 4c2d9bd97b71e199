//! EXPECT: 1 finding
//! - purpose-violation at src/ads.rs:22 in fn `flow_dep_unknown_type_fires::ads::AudienceSync::upload`: category `contact` is not allowed for purpose `advertising`
//!
//! `RequestBuilder::with_retries` is not in the vendored `reqwest` (a method of some
//! extension trait the index does not see), so the request's type is unknown when
//! `.send()` is called: the `[functions]` entry cannot match there, and no finding is
//! made at `send`. The addresses then reach `ledger::record` (purpose `advertising`):
//! that finding's trace says the type of the request was unknown at `.send()`.

pub mod ads;
pub mod ledger;

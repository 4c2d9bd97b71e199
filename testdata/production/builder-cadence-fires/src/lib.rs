//! EXPECT: 4 findings
//! - purpose-violation at src/telemetry.rs:22 in fn `production_builder_cadence_fires::telemetry::Metrics::profile_opened`: category `browsing` is not allowed for purpose `monitoring`
//! - purpose-violation at src/telemetry.rs:27 in fn `production_builder_cadence_fires::telemetry::Metrics::match_shown`: category `location` is not allowed for purpose `monitoring`
//! - purpose-violation at src/telemetry.rs:33 in fn `production_builder_cadence_fires::telemetry::Metrics::per_member`: category `browsing` is not allowed for purpose `monitoring`
//! - purpose-violation at src/telemetry.rs:42 in fn `production_builder_cadence_fires::telemetry::shared_counter`: category `browsing` is not allowed for purpose `monitoring`
//!
//! Metrics tagged with personal data, through cadence (a StatsD client). The client has
//! no `count_with_tags` of its own: it gets it from `impl<T> Counted<T> for StatsdClient`
//! (and `incr_with_tags` from `CountedExt`, a provided method), which return a
//! `MetricBuilder`; `with_tag` returns the builder and `send()` is the sink. Also
//! through `Arc<dyn MetricClient + Send + Sync>`, whose methods come from its supertraits.
//! The telemetry module has no purpose: each finding is at the call into the sink.

pub mod matching;
pub mod telemetry;

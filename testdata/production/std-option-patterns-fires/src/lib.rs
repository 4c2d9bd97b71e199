//! EXPECT: 4 findings
//! - purpose-violation at src/dispatch.rs:17 in fn `production_std_option_patterns_fires::dispatch::Dialer::from_spare`: category `contact.phone` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/dispatch.rs:24 in fn `production_std_option_patterns_fires::dispatch::Dialer::drain_pool`: category `contact.phone` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/dispatch.rs:32 in fn `production_std_option_patterns_fires::dispatch::Dialer::by_match`: category `contact.phone` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/dispatch.rs:41 in fn `production_std_option_patterns_fires::dispatch::Dialer::first_client`: category `contact.phone` is not allowed for purpose `marketing.sms`
//!
//! A vendor client taken out of a std collection by a modelled method and bound by a
//! `Some(..)` pattern (`if let`, `while let`, `match`) keeps its type, so the
//! `[functions]` entry on `crmkit::Client::send_sms` matches at the call (found by the
//! test author of issue 8: these shapes lost the element type, and only `.unwrap()` and
//! `?` kept it).

pub mod dispatch;
pub mod members;

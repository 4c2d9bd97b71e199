//! EXPECT: 4 findings
//! - missing-consent at src/calls.rs:14 in fn `consent_opt_out_fires::calls::call_list`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/calls.rs:26 in fn `consent_opt_out_fires::calls::call_back`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/calls.rs:32 in fn `consent_opt_out_fires::calls::call_once`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/calls.rs:43 in fn `consent_opt_out_fires::calls::call_paying_later`: category `contact.phone` used for purpose `sales.calls` without consent
//!
//! Near-misses of opt-outs: an inverted test, an opt-out that is only logged, the use in
//! the branch where the opt-out is true, and an exit that also needs another condition.

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;

//! EXPECT: 1 finding
//! - missing-consent at src/sms.rs:11 in fn `consent_caller_guard_fires::sms::text_by_id`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! One of two callers of `sms::text_by_id` does not check the member's consent
//! (`jobs::resend_all`), so the guard in `jobs::retry` does not cover the callee: the use
//! in `text_by_id` is reported, with the unguarded call in its trace. The callers pass only
//! an id, which is not personal data: they use nothing themselves.

pub mod consent;
pub mod gateway;
pub mod jobs;
pub mod member;
pub mod repo;
pub mod sms;

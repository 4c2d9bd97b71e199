//! EXPECT: 3 findings
//! - missing-consent at src/calls.rs:10 in fn `consent_negated_guard_fires::calls::call`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/sms.rs:12 in fn `consent_negated_guard_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:21 in fn `consent_negated_guard_fires::sms::offer_checked`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Not guarded: a negated guard (`if !opted_in { send }`), directly and through a local,
//! and an opt-out used as if it were a guard.

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

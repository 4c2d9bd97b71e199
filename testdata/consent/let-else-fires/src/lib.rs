//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:14 in fn `consent_let_else_fires::sms::offer_by_id`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:20 in fn `consent_let_else_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:26 in fn `consent_let_else_fires::sms::offer_inverted`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of `let .. else`: a pattern that also matches a false guard
//! (`let Ok(_) = ..`), a `let .. else` on another condition, and one on the negated guard.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

//! EXPECT: 3 findings
//! - missing-consent at src/newsletter.rs:8 in fn `consent_scope_fires::newsletter::weekly`: category `contact.email` used for purpose `marketing.email.weekly` without consent
//! - missing-consent at src/newsletter.rs:9 in fn `consent_scope_fires::newsletter::weekly`: category `contact.phone` used for purpose `marketing.email.weekly` without consent
//! - missing-consent at src/sms.rs:8 in fn `consent_scope_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The rule names the parent category `contact` and the parent purpose `marketing`: it
//! covers `contact.phone` and `contact.email` used for `marketing.sms` and
//! `marketing.email.weekly`. One finding per function, category and rule, each naming
//! the data's own category and the code's purpose. Near-misses: `location` data, and the
//! purposes `account` and `sales.calls`, are outside the rule.

pub mod account;
pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod newsletter;
pub mod sms;

//! EXPECT: 2 findings
//! - missing-consent at src/outreach.rs:10 in fn `consent_sink_fires::outreach::weekly`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/outreach.rs:17 in fn `consent_sink_fires::outreach::weekly_paying`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The phone number passed, unguarded, into the `[functions]` sink
//! `vendor::SmsVendor::send` (purpose `marketing.sms`) by unscoped code: reported at the
//! call, in the caller, for the sink's purpose.

pub mod consent;
pub mod member;
pub mod outreach;
pub mod vendor;

//! EXPECT: 3 findings
//! - missing-consent at src/sms.rs:13 in fn `consent_other_person_fires::sms::offer_pair`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:22 in fn `consent_other_person_fires::sms::offer_by_id`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:33 in fn `consent_other_person_fires::sms::offer_list`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Not guarded: a guard on another person. Another parameter, another id, and the first
//! member of a list standing for all of them.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

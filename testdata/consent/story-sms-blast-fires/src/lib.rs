//! EXPECT: 1 finding
//! - missing-consent at src/sms.rs:13 in fn `consent_story_sms_blast_fires::sms::weekend_blast`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The story: promotional SMS went out by the tens of thousands, to a list filtered on
//! `is_paying()` only. Paying is not consenting.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

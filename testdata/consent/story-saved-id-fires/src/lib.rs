//! EXPECT: 2 findings
//! - missing-consent at src/sms.rs:9 in fn `consent_story_saved_id_fires::sms::on_pricing_viewed`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:18 in fn `consent_story_saved_id_fires::sms::on_referred_pricing_viewed`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The story: a record (an SMS job with the member's phone number) is saved under a
//! member id, and must be guarded by an opt-in check on the same id
//! (`Repo::opted_in(id)`, the rule's guard). The handler as written first: no check. Its
//! variant checks the referrer's id. `story-saved-id-quiet` has the guarded handler.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

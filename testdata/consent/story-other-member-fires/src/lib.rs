//! EXPECT: 2 findings
//! - missing-consent at src/sms.rs:15 in fn `consent_story_other_member_fires::sms::invite_friend`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:23 in fn `consent_story_other_member_fires::sms::tell_matches`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! The story: a guard checked for one member and the message sent to another. The
//! inviting member opted in, the invited friend is texted; a member's opt-in is used to
//! text their matches.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: 4 findings
//! - missing-consent at src/sms.rs:11 in fn `consent_two_rules_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent (rule "Promotions only to members who opted in (PIPL art. 13, 44)")
//! - missing-consent at src/sms.rs:11 in fn `consent_two_rules_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent (rule "No more text messages after STOP (carrier rules)")
//! - missing-consent at src/sms.rs:19 in fn `consent_two_rules_fires::sms::offer_opted_in`: category `contact.phone` used for purpose `marketing.sms` without consent (rule "No more text messages after STOP (carrier rules)")
//! - missing-consent at src/sms.rs:27 in fn `consent_two_rules_fires::sms::offer_not_stopped`: category `contact.phone` used for purpose `marketing.sms` without consent (rule "Promotions only to members who opted in (PIPL art. 13, 44)")
//!
//! Two consent rules cover `contact.phone` for `marketing.sms`: the opt-in for
//! promotions (guards) and STOP replies (an opt-out). Each rule must be satisfied on
//! its own; a finding is made per (function, category, rule).

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

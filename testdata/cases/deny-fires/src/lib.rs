//! EXPECT: 3 findings, each showing the matching deny rule's reason
//! - purpose-violation at src/sms.rs:5 in fn `case_deny_fires::sms::nudge`: category `browsing` is not allowed for purpose `marketing.sms` (denied: "No 'someone viewed you' nudges by SMS")
//! - purpose-violation at src/crm.rs:5 in fn `case_deny_fires::crm::dial`: category `contact.phone` is not allowed for purpose `sales` (denied: "Phone numbers are never a sales lead source")
//! - purpose-violation at src/outbound.rs:5 in fn `case_deny_fires::outbound::dial`: category `contact.phone` is not allowed for purpose `sales.outbound` (denied: "Phone numbers are never a sales lead source")
//!
//! A deny rule forbids whatever allowed_purposes say: `browsing` allows
//! `marketing` (so `marketing.sms` too) but the first rule denies
//! `marketing.sms`; `marketing.email` stays allowed (email::nudge). The second
//! rule names the ancestors `contact` and `sales`, and so matches
//! `contact.phone` (otherwise unrestricted) under `sales` and `sales.outbound`.

pub mod accounts;
pub mod crm;
pub mod email;
pub mod outbound;
pub mod sms;
pub mod views;

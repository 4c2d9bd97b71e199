//! EXPECT: 2 findings
//! - purpose-violation at src/broadcast.rs:6 in fn `case_hierarchy_purpose_ancestor_fires::broadcast::all_channels`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/sms.rs:6 in fn `case_hierarchy_purpose_ancestor_fires::sms::lookup_carrier`: category `contact.email` is not allowed for purpose `marketing.sms`
//!
//! `contact.email` allows `marketing.email` only. Its parent `marketing` is
//! not a descendant of `marketing.email`, and its sibling `marketing.sms` is
//! not either: both fire.

pub mod accounts;
pub mod broadcast;
pub mod sms;

//! EXPECT: 1 finding
//! - purpose-violation at src/accounts.rs:19 in fn `case_hierarchy_category_nearest_fires::accounts::password_reset_target`: category `contact.email` is not allowed for purpose `account`
//!
//! `contact` allows `account`, but `contact.email` sets its own list
//! `["marketing.email"]`. The nearest list wins (lists are not merged), so
//! account code may not read the e-mail. Reading the phone (inherits from
//! `contact`) in `sms_code_target` is fine, and so is the newsletter.

pub mod accounts;
pub mod newsletter;

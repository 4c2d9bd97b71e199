//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:6 in fn `case_hierarchy_category_inherit_fires::crm::dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! `contact.phone` sets no allowed_purposes and inherits `["account"]` from
//! `contact`; `sales` is not allowed. `accounts::sms_code_target` (account) is fine.

pub mod accounts;
pub mod crm;

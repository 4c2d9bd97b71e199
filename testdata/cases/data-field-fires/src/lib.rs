//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:7 in fn `case_data_field_fires::crm::call_sheet_line`: category `contact.email` is not allowed for purpose `sales`
//!
//! Reading the annotated field `account.email` yields `contact.email`; the
//! `display_name` read on the line before is not classified, and `&Account`
//! itself carries no category.

pub mod accounts;
pub mod crm;

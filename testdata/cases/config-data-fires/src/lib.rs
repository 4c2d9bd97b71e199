//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:6 in fn `case_config_data_fires::crm::upsell_by_income`: category `financial` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:12 in fn `case_config_data_fires::crm::mail`: category `contact.email` is not allowed for purpose `sales`
//!
//! `billing::Payslip` (a type) and `accounts::Account::email` (a field) are
//! classified in redline.toml's `[data]` table, not in code.

pub mod accounts;
pub mod billing;
pub mod crm;

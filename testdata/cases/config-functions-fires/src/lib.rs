//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `case_config_functions_fires::crm::Client::push_lead`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/export.rs:3 in fn `case_config_functions_fires::export::dump_thread`: category `chat` is not allowed for purpose `sales`
//!
//! src/crm.rs and src/export.rs have no purpose; redline.toml's `[functions]`
//! gives a method and a free function `sales`. `Client::archive` stays
//! unscoped and nothing purposed calls it: no finding.

pub mod chat;
pub mod crm;
pub mod export;

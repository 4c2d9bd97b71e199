//! EXPECT: 2 findings
//! - purpose-violation at src/crm/pitch.rs:3 in fn `case_module_nested_inherit_fires::crm::pitch::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm/pitch.rs:11 in fn `case_module_nested_inherit_fires::crm::pitch::helpers::quote`: category `chat` is not allowed for purpose `sales`
//!
//! src/crm.rs declares `sales`; its child file module crm/pitch.rs declares no
//! purpose and inherits `sales`, and so does the inline module
//! `crm::pitch::helpers` inside it.

pub mod chat;
pub mod crm;

//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:5 in fn `case_module_purpose_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! `redline::module_purpose!("sales")` at the top of src/crm.rs gives every
//! function in that file the purpose `sales`.

pub mod chat;
pub mod crm;

//! EXPECT: 1 finding (plus one error: no file for module `missing`)
//! - purpose-violation at src/crm.rs:5 in fn `bad_missing_module::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
pub mod missing;

//! EXPECT: 1 finding (plus one error: unknown purpose `slaes` at src/leads.rs:1, did you mean `sales`?)
//! - purpose-violation at src/crm.rs:5 in fn `bad_unknown_purpose::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
pub mod leads;

//! EXPECT: 1 finding (plus seven malformed-annotation errors, one per file and mistake: see NOTE.md)
//! - purpose-violation at src/crm.rs:8 in fn `bad_malformed_annotations::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod contact;
pub mod crm;
pub mod views;

#[redline::purpose("sales")]
pub mod leads;

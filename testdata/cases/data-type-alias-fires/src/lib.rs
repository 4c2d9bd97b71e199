//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:5 in fn `case_data_type_alias_fires::crm::pitch_from_transcript`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:9 in fn `case_data_type_alias_fires::crm::pitch_from_thread`: category `chat` is not allowed for purpose `sales`
//!
//! `Transcript` is an annotated type alias (its values are chat even though
//! the aliased `Vec<String>` is not); `Thread` is an unannotated alias of a
//! Vec of an annotated type, and carries chat through the alias.

pub mod chat;
pub mod crm;

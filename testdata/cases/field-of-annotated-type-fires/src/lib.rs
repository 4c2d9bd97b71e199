//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:7 in fn `case_field_of_annotated_type_fires::crm::peek`: category `chat` is not allowed for purpose `sales`
//!
//! `chat::View` is not annotated but has a field `msg` of the annotated type
//! `ChatMessage`. Taking `&View` touches nothing and reading `v.author` neither;
//! reading `v.msg` touches chat.

pub mod chat;
pub mod crm;

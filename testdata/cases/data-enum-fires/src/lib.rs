//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:6 in fn `case_data_enum_fires::crm::describe`: category `chat` is not allowed for purpose `sales`
//!
//! `#[redline::data("chat")]` on an enum: every value of `chat::Attachment`
//! is chat data.

pub mod chat;
pub mod crm;

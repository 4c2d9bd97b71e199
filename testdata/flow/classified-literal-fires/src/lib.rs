//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:6 in fn `flow_classified_literal_fires::crm::scripted_opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:11 in fn `flow_classified_literal_fires::crm::shouted_opener`: category `chat` is not allowed for purpose `sales`
//!
//! The messaging functions build a `ChatMessage` with a struct literal (a
//! `let` without a type, or no `let` at all) and return its `body`: a field
//! of a value of a classified type is chat data, so the `String` they return
//! carries chat into the sales callers.

pub mod chat;
pub mod crm;

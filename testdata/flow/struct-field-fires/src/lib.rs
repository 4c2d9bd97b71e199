//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `flow_struct_field_fires::chat::flag_for_sales`: category `chat` is not allowed for purpose `sales`
//!
//! `crm::Prospect` is not annotated. The messaging code builds one whose
//! `memo` holds a chat body and passes it to the sales function
//! `crm::call_script`, which reads `p.memo`: chat crosses at that call.

pub mod chat;
pub mod crm;

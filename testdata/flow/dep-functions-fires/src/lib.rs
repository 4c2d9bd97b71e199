//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `flow_dep_functions_fires::chat::sync_lead`: category `chat` is not allowed for purpose `sales`
//!
//! `vendor_crm` is a dependency (not in the workspace); redline.toml gives
//! `vendor_crm::Client::upload` the purpose `sales`. Uploading a chat body
//! to the vendor CRM is a violation at the call.

pub mod chat;

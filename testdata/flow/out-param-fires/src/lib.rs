//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:15 in fn `flow_out_param_fires::chat::nightly_export`: category `chat` is not allowed for purpose `sales`
//!
//! `helpers::collect_bodies` writes chat bodies into its `&mut Vec<String>`
//! out-parameter. After the call `out` carries chat, and handing it to the
//! sales function `crm::attach_notes` is a violation at that call.

pub mod chat;
pub mod crm;
pub mod helpers;

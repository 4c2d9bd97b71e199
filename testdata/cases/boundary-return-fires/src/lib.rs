//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:6 in fn `case_boundary_return_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//!
//! `store::latest` has purpose messaging (allowed to read chat) and returns
//! a `ChatMessage`: what a purposed callee returns comes back to the caller,
//! so the sales caller touches chat at the call.

pub mod chat;
pub mod crm;
pub mod store;

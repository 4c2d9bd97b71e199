//! EXPECT: no findings
//!
//! Deny rules that do not match: chat under `messaging` (rule 1 names
//! `sales` only); browsing under `sales` (rule 2 names `sales.outbound`, a
//! descendant of `sales`, which does not cover its parent).

pub mod chat;
pub mod crm;
pub mod views;

//! EXPECT: no findings
//!
//! src/crm/mod.rs declares `sales`, but its child crm/inbox_bridge.rs declares
//! its own `messaging`: the nearest enclosing module's purpose wins.

pub mod chat;
pub mod crm;

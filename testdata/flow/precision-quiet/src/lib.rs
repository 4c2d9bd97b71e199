//! EXPECT: no findings
//!
//! Precision of value flow: a tuple's positions are separate, and assigning a
//! new value to a local replaces what it held.

pub mod chat;
pub mod crm;

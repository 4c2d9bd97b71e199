//! EXPECT: no findings
//!
//! The messaging function builds a `ChatMessage` with a struct literal but
//! returns only the length of its body (`len` does not propagate).

pub mod chat;
pub mod crm;

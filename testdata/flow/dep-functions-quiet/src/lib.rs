//! EXPECT: no findings
//!
//! The vendor CRM upload (`sales` by `[functions]`) receives only the member
//! id; the chat body stays in messaging code.

pub mod chat;

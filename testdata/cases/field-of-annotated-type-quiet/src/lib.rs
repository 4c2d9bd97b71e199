//! EXPECT: no findings
//!
//! `chat::View` contains a `ChatMessage` field but does not carry `chat` as a
//! whole; sales code that takes `&View` and reads only `v.author` is fine.

pub mod chat;
pub mod crm;

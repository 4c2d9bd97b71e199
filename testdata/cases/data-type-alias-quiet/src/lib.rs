//! EXPECT: no findings
//!
//! The annotation on the alias `chat::Transcript` applies to values typed
//! `Transcript`, not to every `Vec<String>`: the sales code below uses plain
//! `Vec<String>` and its own unannotated alias `CallScript`.

pub mod chat;
pub mod crm;
pub mod moderation;

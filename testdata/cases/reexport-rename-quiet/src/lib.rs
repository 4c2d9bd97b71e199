//! EXPECT: no findings
//!
//! `crate::ChatMessage` is a re-export of the unannotated `ads::Message`
//! renamed to the same name as the annotated `chat::ChatMessage`. Sales code
//! using `crate::ChatMessage` touches the ad, not chat. Resolution must follow
//! the re-export, not match on the type's name.

pub mod ads;
pub mod chat;
pub mod crm;

pub use ads::Message as ChatMessage;

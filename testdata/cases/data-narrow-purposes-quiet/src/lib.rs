//! EXPECT: no findings
//!
//! `Draft` is narrowed to `purposes = ["messaging"]`; it is only touched by
//! messaging code (chat::autosave, compose::restore). Moderation only touches
//! the un-narrowed `ChatMessage`.

pub mod chat;
pub mod compose;
pub mod moderation;

//! EXPECT: no findings
//!
//! The same trait: the preview handed to sales comes from the `Profile`
//! impl; the `ChatMessage` preview stays in messaging code.

pub mod chat;
pub mod crm;
pub mod preview;

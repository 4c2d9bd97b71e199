//! EXPECT: no findings
//!
//! `crm::Attachment` has the same name and shape as the annotated
//! `chat::Attachment` but is a different, unannotated enum. The annotated one
//! is only touched by messaging and trust_and_safety code.

pub mod chat;
pub mod crm;
pub mod moderation;

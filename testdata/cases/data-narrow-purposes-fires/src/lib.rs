//! EXPECT: 1 finding
//! - purpose-violation at src/moderation.rs:10 in fn `case_data_narrow_purposes_fires::moderation::review_draft`: category `chat` is not allowed for purpose `trust_and_safety`
//!
//! The category `chat` allows trust_and_safety, but `Draft` narrows it to
//! `purposes = ["messaging"]`. `moderation::review_message` touches the
//! un-narrowed `ChatMessage` and is fine.

pub mod chat;
pub mod moderation;

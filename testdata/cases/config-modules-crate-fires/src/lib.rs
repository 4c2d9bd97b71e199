//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:11 in fn `case_config_modules_crate_fires::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/leads.rs:3 in fn `case_config_modules_crate_fires::leads::from_thread`: category `chat` is not allowed for purpose `sales`
//!
//! redline.toml's `[modules]` gives the crate root `sales`; src/leads.rs
//! inherits it; src/chat.rs declares `messaging` itself and is fine.

pub mod chat;
pub mod leads;

pub fn pitch(m: &chat::ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

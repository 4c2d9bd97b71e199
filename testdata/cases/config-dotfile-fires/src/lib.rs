//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:5 in fn `case_config_dotfile_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! The policy is in `.redline.toml` (no `redline.toml`): redline finds it there.

pub mod chat;
pub mod crm;

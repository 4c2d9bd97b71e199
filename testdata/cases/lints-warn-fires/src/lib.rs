//! EXPECT: 1 finding, at warning level (exit code 0)
//! - purpose-violation at src/crm.rs:5 in fn `case_lints_warn_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! redline.toml sets `[lints] purpose-violation = "warn"`: the violation is
//! reported as a warning and does not make the exit code non-zero.

pub mod chat;
pub mod crm;

//! EXPECT: no findings (exit code 0)
//!
//! `crm::pitch` is a real purpose violation, but redline.toml sets
//! `[lints] purpose-violation = "allow"`: nothing is reported.

pub mod chat;
pub mod crm;

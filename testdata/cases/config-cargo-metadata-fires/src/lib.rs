//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:5 in fn `case_config_cargo_metadata_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//! - unmatched-config-path (warning) at Cargo.toml:22: there is no module `billing`
//!
//! There is no redline.toml: the policy is the `[workspace.metadata.redline]` table of
//! Cargo.toml, and findings about it point into Cargo.toml.

pub mod chat;
pub mod crm;

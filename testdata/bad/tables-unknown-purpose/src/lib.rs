//! EXPECT: no findings — redline.toml is invalid, redline reports the config error and exits 2 without analysing (see NOTE.md)
//! - invalid-config at redline.toml:36: unknown purpose `sale`; did you mean `sales`?
//!
//! `[tables]` gives `crm_notes` the purpose `sale`, which is not declared.

pub mod crm;

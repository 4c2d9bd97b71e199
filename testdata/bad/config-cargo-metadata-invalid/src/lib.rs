//! EXPECT: no findings — the policy in Cargo.toml is invalid, redline reports the config error and exits 2 without analysing (see NOTE.md)

pub mod chat;
pub mod crm;

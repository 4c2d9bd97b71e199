//! EXPECT: no findings — redline.toml is invalid, redline reports the config error and exits 2 without analysing (see NOTE.md)
//! - invalid-config at redline.toml:19
//!
//! The [[consent]] rule in redline.toml names the purpose `sales.call` that is not declared.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

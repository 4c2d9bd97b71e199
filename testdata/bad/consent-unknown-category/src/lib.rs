//! EXPECT: no findings — redline.toml is invalid, redline reports the config error and exits 2 without analysing (see NOTE.md)
//! - invalid-config at redline.toml:18
//!
//! The [[consent]] rule in redline.toml names the category `contact.phnoe` that is not declared.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

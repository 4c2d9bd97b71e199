//! EXPECT: no findings — redline.toml is invalid, redline reports the config error and exits 2 without analysing (see NOTE.md)
//! - invalid-config at redline.toml:32: unknown category `caht`; did you mean `chat`?
//!
//! `[columns]` maps `messages.body` to the category `caht`, which is not declared.

pub mod crm;

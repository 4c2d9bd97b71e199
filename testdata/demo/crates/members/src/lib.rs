//! Kindred member accounts, profiles and the do-not-call register.
//!
//! Purpose of this crate: `account`. The `consent` module gets `compliance`
//! from redline.toml (`[modules]`), and `Profile::orientation` is classified
//! `sensitive.orientation` there too (`[data]`), without touching this code.

redline::module_purpose!("account");

pub mod account;
pub mod consent;
pub mod profile;

/// Identifier of a member. A bare number; not classified on its own.
pub type MemberId = u64;

pub use account::{Account, AccountStore, Tier};
pub use profile::{Orientation, Profile, ProfileDirectory, PublicCard};

//! EXPECT: no findings
//!
//! The handler of `story-saved-id-fires`, guarded: `Repo::opted_in(id)` on the id the
//! record is read and saved under.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

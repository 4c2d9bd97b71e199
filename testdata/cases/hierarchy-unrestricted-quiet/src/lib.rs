//! EXPECT: no findings
//!
//! `profile` and `interests.music` (and its implicit parent `interests`) set
//! no allowed_purposes anywhere: any purpose may use them.

pub mod crm;
pub mod profile;

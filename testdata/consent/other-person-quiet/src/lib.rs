//! EXPECT: no findings
//!
//! The same person: the guard's argument is the member whose field is read, or the id
//! the member is looked up by.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;

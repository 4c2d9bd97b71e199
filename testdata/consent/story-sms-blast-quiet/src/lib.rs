//! EXPECT: no findings
//!
//! The blast of `story-sms-blast-fires`, filtered on `is_paying() && allows(m)`.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;

//! EXPECT: no findings
//!
//! The repository traits of `trait-unimplemented-fires` (declared here, implemented
//! elsewhere): sales code calls only the methods whose declared return types carry no
//! category (`unread_count`, `member_ids`), and messaging code reads the messages.

pub mod inbox;
pub mod model;
pub mod repo;
pub mod sales;

//! EXPECT: no findings
//!
//! The std APIs of `std-combinators-fires`, over data that is not chat: the number of
//! messages, whether a thread is empty, the sender's id of a thread summary, the keys of
//! a map of counts that are not taken from the messages.

pub mod inbox;
pub mod upsell;

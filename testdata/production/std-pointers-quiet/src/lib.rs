//! EXPECT: no findings
//!
//! The smart pointers and locks of `std-pointers-fires` around the SMS client, given
//! texts that are not chat data; and a chat message behind an `Arc`, handed only to
//! messaging code.

pub mod inbox;
pub mod upsell;

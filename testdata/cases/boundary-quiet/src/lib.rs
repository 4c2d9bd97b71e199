//! EXPECT: no findings
//!
//! A call into a function WITH a purpose is a boundary: only its return
//! value comes back. `moderation::open_flags` (trust_and_safety) and
//! `Store::unread` (messaging) read chat but return `usize`, so the sales
//! caller touches nothing — also when the call goes through the unscoped
//! `helpers::flags`.

pub mod chat;
pub mod crm;
pub mod helpers;
pub mod moderation;
pub mod store;

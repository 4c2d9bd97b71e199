//! EXPECT: no findings
//!
//! The helpers passed to the marketing function return a count-derived
//! string (`len` does not propagate) and a constant. `latest_text` returns
//! chat, but its result only goes to the messaging function `notify`.

pub mod chat;
pub mod helpers;
pub mod promo;

//! EXPECT: 1 finding
//! - purpose-violation at src/promo.rs:6 in fn `flow_closure_fires::promo::weekly_push`: category `chat` is not allowed for purpose `marketing`
//!
//! A closure defined in the marketing function calls `chat::last_line`
//! (messaging), which returns a chat body as a `String`; the closure is then
//! passed to `map`. The closure body is part of `weekly_push`.

pub mod chat;
pub mod promo;

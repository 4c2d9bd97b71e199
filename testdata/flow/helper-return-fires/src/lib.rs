//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:13 in fn `flow_helper_return_fires::chat::on_new_message`: category `chat` is not allowed for purpose `marketing`
//!
//! `helpers::latest_text` (unscoped) returns `msgs[0].body.clone()`, a plain
//! `String` that carries chat. The messaging handler passes its result
//! straight into the marketing function `promo::push_teaser`: chat crosses
//! into marketing at that call, reported in the caller.

pub mod chat;
pub mod helpers;
pub mod promo;

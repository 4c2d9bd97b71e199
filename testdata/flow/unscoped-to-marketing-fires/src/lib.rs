//! EXPECT: 1 finding
//! - purpose-violation at src/digest.rs:6 in fn `flow_unscoped_to_marketing_fires::digest::weekly_digest`: category `chat` is not allowed for purpose `marketing`
//!
//! `digest::weekly_digest` has no purpose and nothing calls it. It collects
//! chat bodies into strings and passes them to the marketing function
//! `promo::send_newsletter`: reported at that call, in the unscoped caller.

pub mod chat;
pub mod digest;
pub mod promo;

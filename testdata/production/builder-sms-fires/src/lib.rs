//! EXPECT: 3 findings
//! - purpose-violation at src/upsell.rs:12 in fn `production_builder_sms_fires::upsell::teaser_sms`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:28 in fn `production_builder_sms_fires::upsell::UpsellJob::run`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:39 in fn `production_builder_sms_fires::upsell::nudge`: category `chat` is not allowed for purpose `marketing.sms`
//!
//! An SMS SDK (twilio): `Client` is defined at the crate root, its `send_message` in
//! an `impl Client` of a private module; `OutboundMessage::new(..).with_media_url(..)`
//! builds the message. Texting a member a quote of a chat message to sell an upgrade.
//! The phone number itself is allowed for `marketing.sms`. In `nudge` the client is read
//! from a `OnceLock` global: `get()` and `expect()` keep its type.

pub mod inbox;
pub mod upsell;

//! EXPECT: 2 findings
//! - purpose-violation at src/upsell.rs:12 in fn `production_builder_sms_fires::upsell::teaser_sms`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:28 in fn `production_builder_sms_fires::upsell::UpsellJob::run`: category `chat` is not allowed for purpose `marketing.sms`
//!
//! An SMS SDK (twilio): `Client` is defined at the crate root, its `send_message` in
//! an `impl Client` of a private module; `OutboundMessage::new(..).with_media_url(..)`
//! builds the message. Texting a member a quote of a chat message to sell an upgrade.
//! The phone number itself is allowed for `marketing.sms`.

pub mod inbox;
pub mod upsell;

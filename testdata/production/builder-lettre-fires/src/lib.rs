//! EXPECT: 3 findings
//! - purpose-violation at src/notify.rs:13 in fn `production_builder_lettre_fires::notify::unread_reminder`: category `chat` is not allowed for purpose `marketing.email`
//! - purpose-violation at src/notify.rs:35 in fn `production_builder_lettre_fires::notify::Mailer::win_back`: category `chat` is not allowed for purpose `marketing.email`
//! - purpose-violation at src/notify.rs:46 in fn `production_builder_lettre_fires::notify::digest`: category `chat` is not allowed for purpose `marketing.email`
//!
//! "You have an unread message" emails built with lettre's `Message::builder()` (each
//! builder method returns the builder, `body` returns `Result<Message, _>`) and sent
//! through the marketing SMTP relay. `SmtpTransport` gets `send` from the `Transport`
//! trait it implements (a provided method); the policy names it
//! `lettre::SmtpTransport::send`. The recipient's address is allowed for
//! `marketing.email`; the chat text quoted in the email is not. In `digest` the transport
//! itself comes from `SmtpTransport::relay(..)?.credentials(..).build()`.

pub mod inbox;
pub mod notify;

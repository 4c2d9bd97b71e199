//! EXPECT: 7 findings
//! - purpose-violation at src/upsell.rs:12 in fn `production_std_pointers_fires::upsell::arc_clone`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:17 in fn `production_std_pointers_fires::upsell::rc_clone`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:22 in fn `production_std_pointers_fires::upsell::clone_clone`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:28 in fn `production_std_pointers_fires::upsell::arc_new`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:33 in fn `production_std_pointers_fires::upsell::boxed`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:46 in fn `production_std_pointers_fires::upsell::Upsell::std_mutex`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:51 in fn `production_std_pointers_fires::upsell::Upsell::tokio_mutex`: category `chat` is not allowed for purpose `marketing.sms`
//!
//! The SMS vendor client behind std smart pointers and locks: `Arc::clone`, `Rc::clone`,
//! `Clone::clone`, `Arc::new` then `.clone()`, `Box::new`, std `Mutex::lock().unwrap()`
//! and `tokio::sync::Mutex::lock().await`. None of these locals has a written type; each
//! keeps the client's type, so `[functions] "twilio::Client::send_message"` matches.

pub mod inbox;
pub mod upsell;

//! EXPECT: 5 findings
//! - purpose-violation at src/upsell.rs:13 in fn `production_std_combinators_fires::upsell::by_region`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:20 in fn `production_std_combinators_fires::upsell::first_contact`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:32 in fn `production_std_combinators_fires::upsell::Senders::headline`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:38 in fn `production_std_combinators_fires::upsell::Senders::latest_quote`: category `chat` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/upsell.rs:51 in fn `production_std_combinators_fires::upsell::Senders::keywords`: category `chat` is not allowed for purpose `marketing.sms`
//!
//! The SMS client and the text both pass through std APIs whose return types are not
//! written: `HashMap::get` / `entry().or_insert_with()`, `Option`/`Result` combinators
//! (`map`, `and_then`, `unwrap_or`, `unwrap_or_else`, `ok_or`, `?`), iterator adapters
//! (`iter`, `filter`, `map`, `collect`) and `String`/`str` methods (`trim`, `lines`,
//! `chars`, `to_lowercase`, `split_whitespace`, `join`). The client keeps its type, the
//! text keeps `chat`.

pub mod inbox;
pub mod upsell;

//! EXPECT: 17 findings
//! - purpose-violation at src/account.rs:8 in fn `flow_dbg_debug_fires::account::confirm_then_tease`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:13 in fn `flow_dbg_debug_fires::account::redacted_then_texted`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:18 in fn `flow_dbg_debug_fires::account::boxed_then_teased`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:14 in fn `flow_dbg_debug_fires::marketing::inspect_card`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:14 in fn `flow_dbg_debug_fires::marketing::inspect_card`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:19 in fn `flow_dbg_debug_fires::marketing::inspect_card_ref`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:19 in fn `flow_dbg_debug_fires::marketing::inspect_card_ref`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:24 in fn `flow_dbg_debug_fires::marketing::inspect_member`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:29 in fn `flow_dbg_debug_fires::marketing::inspect_member_ref`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:34 in fn `flow_dbg_debug_fires::marketing::inspect_borrowed`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:39 in fn `flow_dbg_debug_fires::marketing::inspect_boxed`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:44 in fn `flow_dbg_debug_fires::marketing::inspect_members`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:49 in fn `flow_dbg_debug_fires::marketing::inspect_preference`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:54 in fn `flow_dbg_debug_fires::marketing::inspect_lead_and_member`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:60 in fn `flow_dbg_debug_fires::marketing::text_lead`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:64 in fn `flow_dbg_debug_fires::marketing::text_member`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:65 in fn `flow_dbg_debug_fires::marketing::text_member`: category `contact.phone` is not allowed for purpose `marketing`
//!
//! `dbg!` prints each of its arguments with `Debug` (as `{:#?}`) and gives its argument
//! back unchanged. What it prints carries what the hand-written `impl Debug` of the
//! argument's workspace type writes; with a derived `Debug`, every classified field. The
//! value it gives back is the argument itself, with all its data. `Member::phone`,
//! `ProfileCard::phone`, `Lead::phone` and `ContactPreference::Sms::number` are classified
//! by `#[redline::data]` (`contact.phone`), `Member::email` and `ProfileCard::email` in
//! redline.toml `[data]` (`contact.email`); both categories are allowed for `account` only.
//! `Member`'s hand-written `Debug` prints the e-mail and not the phone, `ProfileCard`'s is
//! derived, `Lead`'s writes a constant (`f.write_str("Lead(<redacted>)")`), and
//! `ContactPreference`'s prints the number of its `Sms` variant.
//!
//! Marketing functions call `dbg!` in their own body:
//! - `ProfileCard` (derived `Debug`) by value and through `&`: both categories;
//! - `Member` (hand-written `Debug`) by value, as `&member`, as a `&Member` parameter, as a
//!   `Box<Member>`, and a `Vec<Member>` as `&members`: `contact.email` only, never the phone;
//! - the enum `ContactPreference` through `&`: `contact.phone`;
//! - two arguments, `dbg!(lead, member)`: `Lead` prints nothing, `Member` the e-mail;
//! - the value given back: `let lead = dbg!(lead)` prints nothing (near-miss), then
//!   `lead.phone` sent by SMS carries `contact.phone`; `let member = dbg!(member)` carries
//!   `contact.email` at the `dbg!`, then `member.phone` carries `contact.phone`.
//!
//! `account` code calls `dbg!` (allowed there: near-misses) and passes a field of the value
//! it gives back to marketing functions: `member.phone` of a `Member`, `lead.phone` of
//! `dbg!(&lead)` (a redacted `Lead`), `member.email` of a `Box<Member>`.

pub mod account;
pub mod marketing;
pub mod members;

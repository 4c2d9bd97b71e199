//! EXPECT: 42 findings
//! - purpose-violation at src/account.rs:13 in fn `flow_format_impl_fires::account::display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:18 in fn `flow_format_impl_fires::account::positional_display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:23 in fn `flow_format_impl_fires::account::inline_display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:28 in fn `flow_format_impl_fires::account::named_display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:33 in fn `flow_format_impl_fires::account::padded_display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:38 in fn `flow_format_impl_fires::account::debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:43 in fn `flow_format_impl_fires::account::pretty_debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:48 in fn `flow_format_impl_fires::account::positional_debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:53 in fn `flow_format_impl_fires::account::named_debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:58 in fn `flow_format_impl_fires::account::both_traits_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:58 in fn `flow_format_impl_fires::account::both_traits_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:64 in fn `flow_format_impl_fires::account::write_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:70 in fn `flow_format_impl_fires::account::writeln_debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:75 in fn `flow_format_impl_fires::account::to_string_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:80 in fn `flow_format_impl_fires::account::borrowed_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:86 in fn `flow_format_impl_fires::account::mut_borrowed_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:91 in fn `flow_format_impl_fires::account::boxed_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:96 in fn `flow_format_impl_fires::account::rc_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:101 in fn `flow_format_impl_fires::account::arc_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:106 in fn `flow_format_impl_fires::account::helper_impl_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:111 in fn `flow_format_impl_fires::account::write_str_impl_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:116 in fn `flow_format_impl_fires::account::enum_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:121 in fn `flow_format_impl_fires::account::derived_debug_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:126 in fn `flow_format_impl_fires::account::derived_debug_and_display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:136 in fn `flow_format_impl_fires::account::other_trait_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:141 in fn `flow_format_impl_fires::account::width_argument_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:146 in fn `flow_format_impl_fires::account::precision_argument_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:156 in fn `flow_format_impl_fires::account::vec_debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:161 in fn `flow_format_impl_fires::account::option_debug_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:166 in fn `flow_format_impl_fires::account::classified_type_display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:177 in fn `flow_format_impl_fires::account::classified_field_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:11 in fn `flow_format_impl_fires::marketing::greet_traced_display`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:16 in fn `flow_format_impl_fires::marketing::greet_traced_debug`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:21 in fn `flow_format_impl_fires::marketing::greet_traced_named_display`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:26 in fn `flow_format_impl_fires::marketing::greet_traced_named_debug`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:31 in fn `flow_format_impl_fires::marketing::greet_traced_message`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:36 in fn `flow_format_impl_fires::marketing::greet_logged`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:41 in fn `flow_format_impl_fires::marketing::greet_logged_debug`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:46 in fn `flow_format_impl_fires::marketing::greet_printed_padded`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:51 in fn `flow_format_impl_fires::marketing::greet_to_string`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:55 in fn `flow_format_impl_fires::marketing::greet_introduction`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:60 in fn `flow_format_impl_fires::marketing::greet_card_debug`: category `contact.phone` is not allowed for purpose `marketing`
//!
//! A struct formatted whole carries what the impl of the trait its placeholder uses
//! writes, when that impl is hand-written in the workspace; otherwise, all its classified
//! fields. `Member::phone` is classified by `#[redline::data]` (`contact.phone`), and
//! `Member::email`, `ContactCard::email` and `Referral::invitee_email` in redline.toml
//! `[data]` (`contact.email`); both categories are allowed for `account` only.
//! `Member`'s hand-written `Display` prints the phone and not the e-mail, its hand-written
//! `Debug` the e-mail and not the phone: a `Display` placeholder carries `contact.phone`
//! only, a `Debug` one `contact.email` only.
//!
//! `account` code formats and hands the text to the marketing function `send_teaser`:
//! - `Display`: `{}`, `{0}`, `{member}`, a named argument `{who}`, `{:>10}`, `write!` into a
//!   `String`, `member.to_string()`, through `&member`, `&mut Member`, `Box<Member>`,
//!   `Rc<Member>` and `Arc<Member>`;
//! - `Debug`: `{:?}`, `{:#?}`, `{0:?}`, `{who:?}`, `writeln!` with `{member:?}`;
//! - both: `{0} / {0:?}` carries both categories;
//! - `Introduction`, whose `Display` gets the phone from a helper (`reply_number`);
//!   `ContactCard`, whose `Display` writes the e-mail with `f.write_str`; the enum
//!   `ContactPreference`, whose `Display` prints the number in its `Sms` variant;
//! - `ProfileCard`, with a derived `Debug` and a `Display` printing only the headline:
//!   `{:?}` and `{0} / {0:?}` carry the phone (the derived impl prints every field), `{}`
//!   alone carries nothing (near-miss);
//! - `Referral`, whose hand-written `Display`, `Debug` and `LowerHex` print only the code:
//!   `{:x}` (a trait other than `Display`/`Debug`), `{:>1$}` and `{:.*}` (width or
//!   precision from the arguments) carry every classified field as before; `{}` and `{:?}`
//!   carry nothing (near-miss);
//! - `Vec<Member>` and `Option<Member>` with `{:?}`: what `Member`'s hand-written `Debug`
//!   prints of each element (the e-mail), as std's `Debug` of a list or `Option` does;
//! - `PhoneNumber`, classified as a whole: `{}` (a masked number, read from the value)
//!   carries `contact.phone`; `{:?}` (a constant `PhoneNumber(<redacted>)`, nothing read
//!   from the value) carries nothing (near-miss: a redacting impl is followed too); an
//!   e-mail `String` read from its field and formatted `{:>32}` carries `contact.email`.
//!
//! Marketing functions log or format a struct in their own body: `tracing::info!(%member)`,
//! `?member`, `who = %member`, `who = ?member`, a message `"greeting {member}"`,
//! `log::info!("{}", member)`, `debug!("{member:?}")` (imported from `log`),
//! `println!("{:>10}", member)`, `member.to_string()`, `intro = %intro` (the helper impl),
//! `?card` (derived `Debug`); and `%card` (hand-written `Display`, headline only: near-miss).

pub mod account;
pub mod marketing;
pub mod members;

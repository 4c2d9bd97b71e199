//! EXPECT: 29 findings
//! - purpose-violation at src/account.rs:9 in fn `flow_format_whole_struct_fires::account::debug_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:14 in fn `flow_format_whole_struct_fires::account::inline_capture_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:19 in fn `flow_format_whole_struct_fires::account::pretty_debug_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:24 in fn `flow_format_whole_struct_fires::account::display_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:29 in fn `flow_format_whole_struct_fires::account::positional_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:35 in fn `flow_format_whole_struct_fires::account::write_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:40 in fn `flow_format_whole_struct_fires::account::dbg_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:45 in fn `flow_format_whole_struct_fires::account::boxed_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:50 in fn `flow_format_whole_struct_fires::account::nested_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:55 in fn `flow_format_whole_struct_fires::account::nested_field_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:60 in fn `flow_format_whole_struct_fires::account::helper_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:65 in fn `flow_format_whole_struct_fires::account::referral_to_marketing`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:70 in fn `flow_format_whole_struct_fires::account::named_arg_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:75 in fn `flow_format_whole_struct_fires::account::slice_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:80 in fn `flow_format_whole_struct_fires::account::option_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:85 in fn `flow_format_whole_struct_fires::account::tuple_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:90 in fn `flow_format_whole_struct_fires::account::serialized_slice_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/account.rs:94 in fn `flow_format_whole_struct_fires::account::where_bound_to_marketing`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:11 in fn `flow_format_whole_struct_fires::marketing::greet_traced`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:16 in fn `flow_format_whole_struct_fires::marketing::greet_traced_display`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:21 in fn `flow_format_whole_struct_fires::marketing::greet_traced_named`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:26 in fn `flow_format_whole_struct_fires::marketing::greet_logged`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:31 in fn `flow_format_whole_struct_fires::marketing::greet_logged_target`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:36 in fn `flow_format_whole_struct_fires::marketing::greet_dbg`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:41 in fn `flow_format_whole_struct_fires::marketing::greet_printed`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:46 in fn `flow_format_whole_struct_fires::marketing::greet_household`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:51 in fn `flow_format_whole_struct_fires::marketing::greet_named`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:56 in fn `flow_format_whole_struct_fires::marketing::greet_all_traced`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:61 in fn `flow_format_whole_struct_fires::marketing::greet_shown`: category `contact.phone` is not allowed for purpose `marketing`
//!
//! `Member` has one classified field, `phone` (`contact.phone`, allowed for `account`
//! only); `Referral::email` is classified in redline.toml `[data]` (`contact.email`,
//! likewise). A struct formatted whole by a formatting or logging macro carries its
//! classified fields' categories, though no field is read by name.
//!
//! `account` code formats a whole struct and hands the text to the marketing function
//! `send_teaser`: `format!("{:?}", member)`, `format!("{member:?}")`,
//! `format!("{:#?}", &member)`, `format!("{}", member)` (its `Display` prints the phone),
//! a positional `{0} / {0:?}`, `write!` into a `String`, `format!("{:?}", dbg!(member))`,
//! a `Box<Member>`, a `Household` holding a `Member` (whole, and its `head` field), an
//! unscoped helper returning `format!("member {member:?}")`, a `Referral`, a named
//! argument `format!("{m:?}", m = member)`, and containers formatted or serialized whole:
//! `format!("{:?}", members)` of a `&[Member]`, of an `Option<Member>`, of a tuple
//! `(member.id, member)`, and `serde_json::to_string(&members)` of a `&[Member]` (an
//! unindexed serializer: serde_json is declared, not in the fixture cargo home).
//! A function with a `where` bound on a concrete type (`where Member: Clone`) sends
//! `member.phone` itself.
//!
//! Marketing functions that read only `nickname` but log a struct whole use the phone
//! there: `tracing::info!(?member)`, `tracing::info!(%member, ..)`,
//! `tracing::info!(who = ?member, ..)`, `debug!("{member:?}")` (imported from `log`),
//! `log::warn!(target: .., "{}", member)`, `dbg!(member)`, `println!("{}", member)`,
//! `eprintln!("{household:#?}")`, a named argument `tracing::info!("{m}", m = member)`,
//! `tracing::debug!(?members)` of a `Vec<Member>` (otherwise read only for its length),
//! and `let shown = dbg!(member);` (the printing is the use, though `shown` is read only
//! for its nickname).

pub mod account;
pub mod marketing;
pub mod members;

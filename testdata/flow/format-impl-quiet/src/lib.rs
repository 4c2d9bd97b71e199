//! EXPECT: no findings
//!
//! The shapes of `format-impl-fires` where the workspace's hand-written impl of the trait
//! a placeholder uses prints only unclassified fields, so the formatted text carries
//! nothing. `Member::phone`, `Introduction::phone`, `ProfileCard::phone` and
//! `ContactPreference::Sms::number` are classified by `#[redline::data]`
//! (`contact.phone`), `Member::email` and `Referral::invitee_email` in redline.toml
//! `[data]` (`contact.email`); both categories are allowed for `account` only.
//! `Member`'s `Display` prints the nickname and its `Debug` the id.
//!
//! `account` code formats and hands the text to the marketing function `send_teaser`:
//! - `Display`: `{}`, `{0}`, `{member}`, a named argument `{who}`, and specs that name no
//!   trait (`{:>10}`, `{:<5}`, `{:.2}`, `{:+}`); `write!` into a `String`;
//!   `member.to_string()`; through `&member`, `&mut Member`, `Box<Member>`, `Rc<Member>`;
//! - `Debug`: `{:?}`, `{:#?}`, `{0:?}`, `{who:?}`, `writeln!` with `{member:?}`, an
//!   `Arc<Member>` with `{:?}`;
//! - both on one argument: `{0} / {0:?}`;
//! - `Introduction`, whose `Display` calls a helper returning the nickname and whose
//!   `Debug` writes the nickname with `f.write_str`; the enum `ContactPreference`, whose
//!   `Display` names the variant only; `ProfileCard`, whose `Debug` is derived but only
//!   its hand-written `Display` (headline only) is used; `Referral` with `{}` and `{:?}`;
//!   a slice and an `Option` of `Member`s with `{:?}` (each printed by `Member`'s `Debug`).
//!
//! Marketing functions log or format in their own body: `tracing::info!(%member)`,
//! `?member`, `who = %member`, `who = ?member`, a message with `{member}` and
//! `{member:?}`; `log::info!`, `log::warn!(target: ..)`, `debug!` (imported from `log`),
//! `log::error!`, `log::trace!` with `{0} / {0:?}`; `println!("{:>10}")`,
//! `eprintln!("{member:#?}")`; `member.to_string()`; `Arc<Member>` with `%`, `Box<Member>`
//! with `?`; `Introduction` with `%intro, ?intro`; `ContactPreference` with `%` and in a
//! `format!`; `ProfileCard` with `%card` and `card.to_string()`; `Referral` with
//! `%referral, ?referral` and in a `format!`.

pub mod account;
pub mod marketing;
pub mod members;

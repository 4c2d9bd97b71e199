//! EXPECT: no findings
//!
//! The shapes of `dbg-debug-fires` where what `dbg!` prints carries nothing the function's
//! purpose forbids. `dbg!` prints each of its arguments with `Debug` (as `{:#?}`): a value
//! of a workspace type with a hand-written `impl Debug` carries what that `fmt` writes.
//! `Member::phone`, `Lead::phone`, `ProfileCard::phone` and `ContactPreference::Sms::number`
//! are classified by `#[redline::data]` (`contact.phone`), `Member::email` and
//! `ProfileCard::email` in redline.toml `[data]` (`contact.email`); both categories are
//! allowed for `account` only. `Member`'s hand-written `Debug` prints the id and the
//! nickname, `Lead`'s writes a constant (`f.write_str("Lead(<redacted>)")`),
//! `ContactPreference`'s names the variant only; `ProfileCard`'s is derived.
//!
//! Marketing functions call `dbg!` in their own body: `Member` by value, as `&member`, as a
//! `&Member` parameter, as a `Box<Member>`, a `Vec<Member>` as `&members`; `Lead` by value,
//! as `&lead` and as a `&Lead` parameter; `ContactPreference` through `&`; two arguments,
//! `dbg!(lead, member)`. What `dbg!` gives back is used for unclassified fields only.
//!
//! `account` code calls `dbg!` on `ProfileCard` (derived `Debug`: every classified field,
//! allowed there) by value, through `&` and in a `Vec`, and uses its phone and e-mail; it
//! passes only the nickname of the `Member` `dbg!` gives back to marketing.

pub mod account;
pub mod marketing;
pub mod members;

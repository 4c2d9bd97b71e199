//! EXPECT: no findings
//!
//! The shapes of `format-whole-struct-fires` that hand marketing code nothing classified:
//! a `Badge` (no classified field) formatted whole with `{:?}` and `{}` and logged whole;
//! only the unclassified fields of a `Member`, `Household` or `Referral` formatted
//! (`format!("{}", member.nickname)`, `format!("{:?}", member.id)`, `write!`, an inline
//! capture, `tracing::info!(member.id, nick = %member.nickname)`, `debug!`, `dbg!(member.id)`,
//! an unscoped helper); a `Member` passed to a marketing function that reads only its
//! nickname; a whole-member text overwritten before it is sent; and whole structs
//! formatted, logged and `dbg!`ed in `account` code, whose purpose allows both categories,
//! where the text stays.
//!
//! `dbg!` gives its argument back unchanged, so only the fields read from what it returns
//! count: in `account` code (where printing the phone is allowed), `dbg!(member).id` sent to
//! `send_teaser`, and `let shown = dbg!(member);` passed to `greet`, which reads only the
//! nickname. Containers of `Badge`s formatted, logged and serialized whole in marketing code
//! (`&[Badge]`, `Vec<Badge>` with `tracing::debug!(?badges)`, `Option<Badge>`, a tuple
//! `(id, &badge)`, `serde_json::to_string(&badges)`); an `Option<Member>` formatted in
//! `account` code whose text goes to `account` code only.

pub mod account;
pub mod marketing;
pub mod members;

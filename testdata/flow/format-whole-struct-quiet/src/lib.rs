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

pub mod account;
pub mod marketing;
pub mod members;

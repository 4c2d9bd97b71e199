//! EXPECT: no findings
//!
//! The same inbox code hands sales only the length of each body and the member ids; the inbox
//! preview goes to the messaging notification, not to sales.
//!
//! Assumption (the issue is silent): `len()` is not followed (implicit flow), as documented in
//! docs/flow.md.

pub mod chat;
pub mod crm;

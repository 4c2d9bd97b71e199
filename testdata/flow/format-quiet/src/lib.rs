//! EXPECT: no findings
//!
//! Only counts are formatted (`format!("{}", msgs.len())`, and a `{n}`
//! capture of a length written with `write!`): `len` does not propagate.

pub mod chat;
pub mod crm;

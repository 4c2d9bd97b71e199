//! EXPECT: no findings
//!
//! Every touch of chat by sales code here is test or example code, which is
//! not checked: a `#[cfg(test)] mod`, a `#[test]` fn outside it, a
//! `#[cfg(test)]` fn, and the files under tests/, examples/ and benches/.

pub mod chat;
pub mod crm;

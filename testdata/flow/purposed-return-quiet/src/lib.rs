//! EXPECT: no findings
//!
//! The same matching function, marked
//! `#[redline::declassify(from = "browsing", reason = "...")]`: its result
//! does not carry browsing, so the sales caller touches nothing.

pub mod crm;
pub mod matching;

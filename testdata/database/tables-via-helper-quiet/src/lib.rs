//! EXPECT: no findings
//!
//! The same helper called from the inbox with a fixed text and the member id.

pub mod chat;
pub mod db;

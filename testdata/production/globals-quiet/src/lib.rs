//! EXPECT: no findings
//!
//! Globals of the same kinds as `globals-fires`: the ones marketing reads hold only
//! configuration and counts; the ones written with chat text or viewing history are
//! read only by messaging and matching code.

pub mod globals;
pub mod inbox;
pub mod marketing;
pub mod matching;
pub mod model;

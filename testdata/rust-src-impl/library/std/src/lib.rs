//! A stand-in for std's sources (`library/std/src/`), for redline's tests: std
//! re-exports modules of core and alloc, and defines types of its own.

extern crate alloc as alloc_crate;

pub mod io;
pub mod net;
pub mod prelude;
pub mod sync;

pub use core::option;
pub use core::result;

//! A stand-in for alloc's sources (`library/alloc/src/`), for redline's tests.

pub mod sync;

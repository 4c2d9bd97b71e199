//! A stand-in for core's sources as the `rust-src` component lays them out
//! (`library/core/src/`), for redline's tests: a few items, written for this fixture.

pub mod option;
pub mod result;

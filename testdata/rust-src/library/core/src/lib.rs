//! Minimal fixture of `library/core` of the `rust-src` component (see
//! testdata/README.md): the parts of `core` the std-src cases reach, with the
//! attributes the real sources carry.

#![stable(feature = "core", since = "1.6.0")]
#![no_core]
#![feature(no_core)]
#![feature(staged_api)]

pub mod alloc;
pub mod option;

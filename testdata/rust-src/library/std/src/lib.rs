//! Minimal fixture of `library/std` of the `rust-src` component: like the real `std`, it
//! defines little of what the std-src cases use and re-exports `core` and `alloc`.

#![stable(feature = "rust1", since = "1.0.0")]
#![feature(staged_api)]

extern crate alloc as alloc_crate;

#[stable(feature = "rust1", since = "1.0.0")]
pub use core::option;
#[stable(feature = "rust1", since = "1.0.0")]
pub use alloc_crate::vec;

pub mod prelude;

#[stable(feature = "rust1", since = "1.0.0")]
pub mod collections;
#[stable(feature = "rust1", since = "1.0.0")]
pub mod sync;

//! Minimal fixture of `library/alloc` of the `rust-src` component: `VecDeque`, `Vec` and
//! `Arc`, defined in modules and re-exported by `std`.

#![stable(feature = "alloc", since = "1.36.0")]
#![no_std]
#![feature(allocator_api)]
#![feature(staged_api)]

pub mod alloc;
pub mod collections;
pub mod sync;
pub mod vec;

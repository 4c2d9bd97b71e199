//! Memory allocation APIs

#![stable(feature = "alloc_module", since = "1.28.0")]

#[doc(inline)]
#[stable(feature = "alloc_module", since = "1.28.0")]
pub use core::alloc::*;

/// The global memory allocator.
#[unstable(feature = "allocator_api", issue = "32838")]
#[derive(Copy, Clone, Default, Debug)]
pub struct Global;

#[unstable(feature = "allocator_api", issue = "32838")]
unsafe impl Allocator for Global {}

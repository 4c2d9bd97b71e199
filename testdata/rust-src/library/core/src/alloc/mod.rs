//! Memory allocation APIs

#![stable(feature = "alloc_module", since = "1.28.0")]

/// An implementation of `Allocator` can allocate, grow, shrink, and deallocate arbitrary
/// blocks of data described via `Layout`.
#[unstable(feature = "allocator_api", issue = "32838")]
pub unsafe trait Allocator {}

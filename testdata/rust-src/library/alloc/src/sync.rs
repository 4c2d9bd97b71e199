#![stable(feature = "rust1", since = "1.0.0")]

//! Thread-safe reference-counting pointers.

use core::marker::PhantomData;

use crate::alloc::{Allocator, Global};

/// A thread-safe reference-counting pointer. 'Arc' stands for 'Atomically Reference
/// Counted'.
#[cfg_attr(not(test), rustc_diagnostic_item = "Arc")]
#[stable(feature = "rust1", since = "1.0.0")]
#[rustc_insignificant_dtor]
pub struct Arc<
    T: ?Sized,
    #[unstable(feature = "allocator_api", issue = "32838")] A: Allocator = Global,
> {
    ptr: NonNull<ArcInner<T>>,
    phantom: PhantomData<ArcInner<T>>,
    alloc: A,
}

impl<T> Arc<T> {
    /// Constructs a new `Arc<T>`.
    #[cfg(not(no_global_oom_handling))]
    #[inline]
    #[stable(feature = "rust1", since = "1.0.0")]
    pub fn new(data: T) -> Arc<T> {
        let x: Box<_> = Box::new(ArcInner { strong: atomic::AtomicUsize::new(1), weak: atomic::AtomicUsize::new(1), data });
        unsafe { Self::from_inner(Box::leak(x).into()) }
    }
}

impl<T: ?Sized, A: Allocator> Arc<T, A> {
    /// Gets the number of strong (`Arc`) pointers to this allocation.
    #[inline]
    #[must_use]
    #[stable(feature = "arc_counts", since = "1.15.0")]
    pub fn strong_count(this: &Self) -> usize {
        this.inner().strong.load(Relaxed)
    }
}

impl<T: Clone, A: Allocator + Clone> Arc<T, A> {
    /// If we have the only reference to `T` then unwrap it. Otherwise, clone `T` and return
    /// the clone.
    #[inline]
    #[stable(feature = "arc_unwrap_or_clone", since = "1.76.0")]
    pub fn unwrap_or_clone(this: Self) -> T {
        Arc::try_unwrap(this).unwrap_or_else(|arc| (*arc).clone())
    }
}

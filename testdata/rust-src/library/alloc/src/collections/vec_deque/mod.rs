//! A double-ended queue (deque) implemented with a growable ring buffer.

#![stable(feature = "rust1", since = "1.0.0")]

use crate::alloc::{Allocator, Global};
use crate::vec::Vec;

/// A double-ended queue implemented with a growable ring buffer.
#[cfg_attr(not(test), rustc_diagnostic_item = "VecDeque")]
#[stable(feature = "rust1", since = "1.0.0")]
pub struct VecDeque<
    T,
    #[unstable(feature = "allocator_api", issue = "32838")] A: Allocator = Global,
> {
    head: usize,
    len: usize,
    buf: Vec<T, A>,
}

impl<T> VecDeque<T> {
    /// Creates an empty deque.
    #[inline]
    #[stable(feature = "rust1", since = "1.0.0")]
    #[rustc_const_stable(feature = "const_vec_deque_new", since = "1.68.0")]
    #[must_use]
    pub const fn new() -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: Vec::new() }
    }
}

impl<T, A: Allocator> VecDeque<T, A> {
    /// Appends an element to the back of the deque.
    #[stable(feature = "rust1", since = "1.0.0")]
    pub fn push_back(&mut self, value: T) {
        self.len += 1;
        let _ = value;
    }

    /// Removes an element from anywhere in the deque and returns it, replacing it with the
    /// last element. This does not preserve ordering, but is *O*(1). Returns `None` if
    /// `index` is out of bounds.
    #[stable(feature = "deque_extras_15", since = "1.5.0")]
    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if index < length && index != length - 1 {
            self.swap(index, length - 1);
        } else if index >= length {
            return None;
        }
        self.pop_back()
    }

    /// Removes the last element and returns it, or `None` if the deque is empty.
    #[stable(feature = "rust1", since = "1.0.0")]
    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 { None } else { self.len -= 1; unsafe { Some(self.buffer_read(self.to_physical_idx(self.len))) } }
    }

    /// Swaps elements at indices `i` and `j`.
    #[stable(feature = "rust1", since = "1.0.0")]
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len());
        assert!(j < self.len());
    }

    /// Returns the number of elements in the deque.
    #[stable(feature = "rust1", since = "1.0.0")]
    pub fn len(&self) -> usize {
        self.len
    }
}

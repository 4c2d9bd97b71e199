//! The allocator of the `redline` binaries (and of the benchmark): mimalloc, called through
//! its plain entry points for the alignment every block of it has. Its aligned entry points
//! look on each call for a free block of the alignment asked, and most of Rust's requests
//! ask for no more than a word.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// Every block mimalloc returns is aligned to this many bytes: its sizes are whole words.
const WORD: usize = std::mem::size_of::<usize>();

pub struct MiMalloc;

// SAFETY: each method forwards to the mimalloc function of the same contract; the plain
// ones only for an alignment of at most a word, which every mimalloc block has.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast::<c_void>(), new_size).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked() {
        for (size, align) in [(1, 1), (3, 2), (8, 8), (24, 8), (24, 16), (40, 32), (100, 64), (5000, 4096)] {
            let layout = Layout::from_size_align(size, align).expect("layout");
            // SAFETY: a non-zero size; each block is freed with its layout.
            unsafe {
                let p = MiMalloc.alloc(layout);
                assert!(!p.is_null() && p as usize % align == 0, "{size} bytes aligned to {align}");
                let q = MiMalloc.realloc(p, layout, size * 3);
                assert!(!q.is_null() && q as usize % align == 0, "{size} bytes grown, aligned to {align}");
                MiMalloc.dealloc(q, Layout::from_size_align(size * 3, align).expect("layout"));
                let z = MiMalloc.alloc_zeroed(layout);
                assert!(std::slice::from_raw_parts(z, size).iter().all(|b| *b == 0));
                MiMalloc.dealloc(z, layout);
            }
        }
    }
}

//! The function bodies the first parse left empty ([`syntax::LazyBody`]): lowered while
//! names are resolved, on the threads resolution leaves idle, then put in their functions.

use super::{Loaded, ModuleFile};
use crate::syntax::{self, Body, LazyBody};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The bodies left empty by a load, with the texts they are parsed from.
pub struct Lazy {
    files: Vec<(Arc<str>, Vec<LazyBody>)>,
}

/// Lowered bodies, by the address of the body their function holds until then (see
/// [`Lazy::lower`]).
pub type Bodies = HashMap<usize, Arc<Body>>;

impl Loaded {
    /// Takes the bodies left empty and the texts kept for them; not those of functions the
    /// macros' expansions replaced.
    pub fn take_lazy(&mut self) -> Lazy {
        let files = self.modules.iter_mut().filter_map(take_file).collect();
        Lazy { files }
    }
}

fn take_file(m: &mut ModuleFile) -> Option<(Arc<str>, Vec<LazyBody>)> {
    let mut lazy = std::mem::take(&mut m.lazy);
    let text = m.text.take()?;
    // Held here only: its function was parsed again, with the macros expanded.
    lazy.retain(|l| Arc::strong_count(&l.body) > 1);
    (!lazy.is_empty()).then_some((text, lazy))
}

impl Lazy {
    /// Lowers every body, in parallel, by the address of the body its function holds until
    /// then: the functions hold that body, and this list a copy of it, until they are
    /// given theirs (so no other body takes its address meanwhile). `None` when one of
    /// them does not lower alone (see [`syntax::lower_lazy`]): the workspace must be loaded
    /// whole. Call [`syntax::forget_spans`] on every thread afterwards.
    pub fn lower(&self) -> Option<Bodies> {
        let each = self.files.par_iter().flat_map_iter(|(text, lazy)| lazy.iter().map(move |l| (text, l)));
        each.map(|(text, l)| {
            let body = syntax::lower_lazy(text, l);
            syntax::forget_spans_beyond();
            Some((Arc::as_ptr(&l.body) as usize, Arc::new(body?)))
        })
        .collect()
    }
}

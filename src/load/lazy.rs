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
    /// A file had bodies left for later but no text kept for them (a bug: then the whole
    /// load is done again, never a function left without its body).
    unkept: bool,
}

/// Lowered bodies, by the address of the body their function holds until then (see
/// [`Lazy::lower`]).
pub type Bodies = HashMap<usize, Arc<Body>>;

impl Loaded {
    /// Takes the bodies left empty and the texts kept for them; not those of functions the
    /// macros' expansions replaced.
    pub fn take_lazy(&mut self) -> Lazy {
        let mut taken = Lazy { files: Vec::new(), unkept: false };
        for m in &mut self.modules {
            taken.take_file(m);
        }
        taken
    }
}

impl Lazy {
    fn take_file(&mut self, m: &mut ModuleFile) {
        let mut lazy = std::mem::take(&mut m.lazy);
        // Held here only: its function was parsed again, with the macros expanded.
        lazy.retain(|l| Arc::strong_count(&l.body) > 1);
        match m.text.take() {
            Some(text) if !lazy.is_empty() => self.files.push((text, lazy)),
            None if !lazy.is_empty() => self.unkept = true,
            _ => {}
        }
    }

    /// Lowers every body, in parallel, by the address of the body its function holds until
    /// then: the functions hold that body, and this list a copy of it, until they are
    /// given theirs (so no other body takes its address meanwhile). `None` when one of
    /// them does not lower alone (see [`syntax::lower_lazy`]): the workspace must be loaded
    /// whole. Call [`syntax::forget_spans`] on every thread afterwards.
    pub fn lower(&self) -> Option<Bodies> {
        if self.unkept {
            return None;
        }
        let each = self.files.par_iter().flat_map_iter(|(text, lazy)| lazy.iter().map(move |l| (text, l)));
        each.map(|(text, l)| {
            let body = syntax::lower_lazy(text, l);
            syntax::forget_spans_beyond();
            Some((Arc::as_ptr(&l.body) as usize, Arc::new(body?)))
        })
        .collect()
    }
}

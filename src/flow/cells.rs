//! Abstract locations that code writes in one place and reads in another: channels
//! (one per creation site, or by element type when the pairing is lost) and statics.
//!
//! Walks record what they write (a send, a store into a static) with the categories
//! and how they got there; [`Cells::collect`] gathers them after the fixpoint over the
//! call graph, and the next round's walks read them. `flow::fixpoint` repeats until the
//! cells stop growing, for at most [`MAX_CELL_ROUNDS`] rounds.

use super::body::{CellWrite, Target, Trace, Walked};
use super::taint::FieldSym;
use crate::policy::ClassId;
use crate::resolve::DefId;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Rounds of the outer fixpoint (each lets data take one more hop through a channel or
/// a static: sent, received, sent on again...). Past it, what was read so far is kept
/// and data taking more hops through channels and statics is missed.
pub const MAX_CELL_ROUNDS: usize = 8;

/// What a round of [`Cells::collect`] changed.
#[derive(Default)]
pub struct Changed {
    /// Statics holding other categories or channels.
    pub globals: HashSet<DefId>,
    /// What channels hold (or how they are paired) that changed.
    pub chans: HashSet<ChanKey>,
    /// Functions with parameters newly known to be channel ends.
    pub bound: HashSet<DefId>,
}

impl Changed {
    pub fn any(&self) -> bool {
        !self.globals.is_empty() || !self.chans.is_empty() || !self.bound.is_empty()
    }

    /// What either changed.
    pub fn extend(&mut self, other: Changed) {
        self.globals.extend(other.globals);
        self.chans.extend(other.chans);
        self.bound.extend(other.bound);
    }

    /// Whether a walk that read this must be walked again.
    pub fn affects(&self, f: DefId, w: &Walked) -> bool {
        w.read_chans.iter().any(|k| self.chans.contains(k))
            || self.bound.contains(&f)
            || w.read_globals.iter().any(|d| self.globals.contains(d))
    }
}

/// What a use of channels depends on, to walk it again when that changes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChanKey {
    /// What was sent on a channel created there (and with which element types).
    Site(Site),
    /// What was sent with this element type.
    Elem(Arc<str>),
    /// What was sent on channels that could not be told.
    Orphans,
    /// Everything sent.
    All,
    /// Which channels' ends struct fields hold.
    Fields,
}

/// A location, as [`Cells::collect`] tells what changed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Global(DefId),
    Chan(ChanKey),
}

/// A channel creation site: the function and the offset of the call.
pub type Site = (DefId, u32);

/// What each location holds: every category written there, with how it got there (the
/// shortest way found).
#[derive(Default)]
pub struct Cells {
    globals: HashMap<DefId, Vec<(ClassId, Trace)>>,
    sites: HashMap<Site, Vec<(ClassId, Trace)>>,
    /// Element types sent on each site (when known).
    site_elems: HashMap<Site, Vec<Arc<str>>>,
    /// Sends whose channel could not be told, by element type (`None`: unknown).
    orphans: HashMap<Option<Arc<str>>, Vec<(ClassId, Trace)>>,
    /// Every send of a known element type, whatever its channel.
    by_elem: HashMap<Arc<str>, Vec<(ClassId, Trace)>>,
    /// Every send.
    sent: Vec<(ClassId, Trace)>,
    /// The channels each parameter of a function is an end of (its callers pass them).
    binds: HashMap<(DefId, u16), Vec<(FieldSym, Site)>>,
    /// The channels whose ends are stored in each field of a struct.
    field_chans: HashMap<(DefId, FieldSym), Vec<Site>>,
    /// The channels whose ends are stored in each static.
    global_chans: HashMap<DefId, Vec<Site>>,
}

/// Adds a category with how it got there (the shortest way found is kept); true when the
/// category is new there.
fn add(into: &mut Vec<(ClassId, Trace)>, class: ClassId, trace: &Trace) -> bool {
    match into.iter_mut().find(|(c, _)| *c == class) {
        Some((_, t)) => {
            if trace.len() < t.len() {
                *t = trace.clone();
            }
            false
        }
        None => {
            into.push((class, trace.clone()));
            true
        }
    }
}

fn extend(into: &mut Vec<(ClassId, Trace)>, from: Option<&Vec<(ClassId, Trace)>>) {
    for (c, t) in from.into_iter().flatten() {
        add(into, *c, t);
    }
}

impl Cells {
    /// What the walks (and static initializers) wrote, with the channel ends passed to
    /// functions so far and now; what changed since the last time.
    ///
    /// Writes are gathered afresh (a send on a parameter counts for its element type until
    /// the parameter is known to be a channel's end, then for that channel only); what
    /// parameters are bound to only grows.
    pub fn collect<'w>(&mut self, walks: impl IntoIterator<Item = &'w Walked>) -> Changed {
        let mut next = Cells { binds: std::mem::take(&mut self.binds), ..Cells::default() };
        let mut changed = Changed::default();
        for w in walks {
            for write in &w.cell_writes {
                next.write(write);
            }
            for &(d, field, site) in &w.field_chans {
                let sites = next.field_chans.entry((d, field)).or_default();
                if !sites.contains(&site) {
                    sites.push(site);
                }
            }
            for &(d, site) in &w.global_chans {
                let sites = next.global_chans.entry(d).or_default();
                if !sites.contains(&site) {
                    sites.push(site);
                }
            }
            for &(f, param, field, site) in &w.binds {
                let sites = next.binds.entry((f, param)).or_default();
                if !sites.contains(&(field, site)) {
                    sites.push((field, site));
                    changed.bound.insert(f);
                }
            }
        }
        let (old, new) = (self.contents(), next.contents());
        for (key, _) in old.symmetric_difference(&new) {
            match key {
                Key::Global(d) => {
                    changed.globals.insert(*d);
                }
                Key::Chan(k) => {
                    changed.chans.insert(k.clone());
                }
            }
        }
        *self = next;
        changed
    }

    /// Which location holds which category (and which channels and element types), to
    /// tell rounds apart.
    fn contents(&self) -> BTreeSet<(Key, String)> {
        let held = |v: &Vec<(ClassId, Trace)>| v.iter().map(|(c, _)| c.to_string()).collect::<Vec<_>>();
        let chan = |k: ChanKey, s: String| (Key::Chan(k), s);
        let mut out = BTreeSet::new();
        for (d, v) in &self.globals {
            out.extend(held(v).into_iter().map(|c| (Key::Global(*d), c)));
        }
        for (d, sites) in &self.global_chans {
            out.extend(sites.iter().map(|s| (Key::Global(*d), format!("{s:?}"))));
        }
        for (s, v) in &self.sites {
            out.extend(held(v).into_iter().map(|c| chan(ChanKey::Site(*s), c)));
        }
        for (s, es) in &self.site_elems {
            out.extend(es.iter().map(|e| chan(ChanKey::Site(*s), format!("type {e}"))));
        }
        for (e, v) in &self.orphans {
            out.extend(held(v).into_iter().map(|c| chan(ChanKey::Orphans, format!("{e:?} {c}"))));
        }
        for (e, v) in &self.by_elem {
            out.extend(held(v).into_iter().map(|c| chan(ChanKey::Elem(e.clone()), c)));
        }
        out.extend(held(&self.sent).into_iter().map(|c| chan(ChanKey::All, c)));
        for (f, sites) in &self.field_chans {
            out.extend(sites.iter().map(|s| chan(ChanKey::Fields, format!("{f:?} {s:?}"))));
        }
        out
    }

    /// The channels parameter `param` of `f` is an end of, with the field of it that is
    /// (`WHOLE`: the parameter itself); empty when unknown.
    pub fn bound(&self, f: DefId, param: u16) -> &[(FieldSym, Site)] {
        if self.binds.is_empty() {
            return &[];
        }
        self.binds.get(&(f, param)).map_or(&[], Vec::as_slice)
    }

    fn write(&mut self, w: &CellWrite) -> bool {
        let (class, trace) = (w.class, &w.trace);
        match &w.target {
            Target::Global(d) => add(self.globals.entry(*d).or_default(), class, trace),
            Target::Chan { sites, elem } => {
                let mut grew = add(&mut self.sent, class, trace);
                if let Some(e) = elem {
                    grew |= add(self.by_elem.entry(e.clone()).or_default(), class, trace);
                }
                if sites.is_empty() {
                    grew |= add(self.orphans.entry(elem.clone()).or_default(), class, trace);
                }
                for s in sites {
                    grew |= add(self.sites.entry(*s).or_default(), class, trace);
                    if let Some(e) = elem {
                        let elems = self.site_elems.entry(*s).or_default();
                        if !elems.contains(e) {
                            elems.push(e.clone());
                        }
                    }
                }
                grew
            }
        }
    }

    /// What a static holds.
    pub fn global(&self, d: DefId) -> &[(ClassId, Trace)] {
        self.globals.get(&d).map_or(&[], Vec::as_slice)
    }

    /// The channels whose ends field `field` of struct `adt` holds.
    pub fn field_chans(&self, adt: DefId, field: FieldSym) -> &[Site] {
        if self.field_chans.is_empty() {
            return &[];
        }
        self.field_chans.get(&(adt, field)).map_or(&[], Vec::as_slice)
    }

    /// The channels whose ends a static holds.
    pub fn global_chans(&self, d: DefId) -> &[Site] {
        self.global_chans.get(&d).map_or(&[], Vec::as_slice)
    }

    /// What a receiver yields. With the channel's creation sites known: what was sent on
    /// them, and what was sent on a channel that could not be told with the same element
    /// type (any type when none is known). Without them: everything sent with the
    /// receiver's element type, or everything sent when that is unknown too.
    pub fn channel(&self, sites: &[Site], elem: Option<&Arc<str>>) -> Vec<(ClassId, Trace)> {
        let mut out = Vec::new();
        if sites.is_empty() {
            match elem {
                Some(e) => {
                    extend(&mut out, self.by_elem.get(e));
                    extend(&mut out, self.orphans.get(&None));
                }
                None => extend(&mut out, Some(&self.sent)),
            }
            return out;
        }
        let mut elems: Vec<&Arc<str>> = elem.into_iter().collect();
        for s in sites {
            extend(&mut out, self.sites.get(s));
            elems.extend(self.site_elems.get(s).into_iter().flatten());
        }
        if elems.is_empty() {
            for v in self.orphans.values() {
                extend(&mut out, Some(v));
            }
        } else {
            for e in elems {
                extend(&mut out, self.orphans.get(&Some(e.clone())));
            }
            extend(&mut out, self.orphans.get(&None));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send(sites: Vec<Site>, elem: Option<&str>, class: ClassId) -> CellWrite {
        CellWrite { target: Target::Chan { sites, elem: elem.map(Arc::from) }, class, trace: Trace::default() }
    }

    fn classes(found: Vec<(ClassId, Trace)>) -> Vec<ClassId> {
        let mut v: Vec<ClassId> = found.into_iter().map(|(c, _)| c).collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn receivers_read_their_channel_then_the_element_type() {
        let (a, b) = ((1, 10), (1, 20));
        let w = Walked {
            cell_writes: thin_vec::thin_vec![
                send(vec![a], Some("String"), 1),
                send(vec![b], Some("String"), 2),
                send(Vec::new(), Some("Event"), 3),
                send(Vec::new(), None, 4),
            ],
            ..Walked::default()
        };
        let mut cells = Cells::default();
        assert!(cells.collect([&w]).chans.contains(&ChanKey::Site(a)));
        assert!(!cells.collect([&w]).any(), "the same writes again change nothing");
        let string: Arc<str> = "String".into();
        let event: Arc<str> = "Event".into();
        // Paired: its own sends, and sends of the same type whose channel is unknown.
        assert_eq!(classes(cells.channel(&[a], None)), vec![1, 4]);
        assert_eq!(classes(cells.channel(&[b], Some(&event))), vec![2, 3, 4]);
        // Unpaired: every send of its element type; with no type either, every send.
        assert_eq!(classes(cells.channel(&[], Some(&string))), vec![1, 2, 4]);
        assert_eq!(classes(cells.channel(&[], None)), vec![1, 2, 3, 4]);
    }

    #[test]
    fn parameters_bound_to_channels_grow_the_cells() {
        let w = Walked { binds: thin_vec::thin_vec![(7, 0, 3, (1, 10))], ..Walked::default() };
        let mut cells = Cells::default();
        let changed = cells.collect([&w]);
        assert!(changed.bound.contains(&7) && !changed.bound.contains(&8));
        assert_eq!(cells.bound(7, 0), &[(3, (1, 10))]);
        assert!(!cells.collect([&w]).any());
    }
}

//! What a walk produces: the places classified data is present, the calls, the
//! flows into code with a purpose, and the function's summary for its callers.

use super::guard::Known;
use crate::diag::Step as Hop;
use crate::flow::cells::{ChanKey, Site};
use crate::flow::taint::{FieldSym, Taint, WHOLE};
use crate::flow::GuardFact;
use crate::policy::{ClassId, PurposeDecl};
use crate::resolve::DefId;
use crate::syntax::Span;
use std::sync::Arc;
use thin_vec::ThinVec;

pub use crate::flow::trace::{Trace, Via};

/// A flow's trace in parts, put together only for the facts that are kept (a walk
/// records flows at every call; only the last walk of each function is kept).
#[derive(Debug, Clone)]
pub struct TraceParts {
    /// From where the data was read to the call.
    pub prefix: Trace,
    pub hop: Hop,
    /// From the call to the sink.
    pub via: Via,
}

impl TraceParts {
    pub fn steps(&self) -> Vec<Hop> {
        let mut t = self.prefix.to_vec();
        t.push(self.hop.clone());
        t.extend(self.via.to_vec());
        crate::flow::cut(t)
    }
}

/// Classified data present in a body: where it first appears.
#[derive(Debug, Clone)]
pub struct Touch {
    pub class: ClassId,
    pub span: Span,
    pub note: String,
    /// How the data got there, ending at `span` (or where it entered the function).
    pub trace: Trace,
}

/// A use of classified data (where it is present in a body), with what guards answered
/// for the person it belongs to. Recorded only when the policy has consent rules.
#[derive(Debug, Clone)]
pub struct GuardUse {
    pub class: ClassId,
    pub span: Span,
    pub note: String,
    pub guard: UseGuard,
    /// How the data got there (as for [`Touch`]).
    pub trace: Vec<Hop>,
}

/// What guards answered for the person a value is about, at a use or a call argument.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UseGuard {
    /// Sorted.
    pub facts: Vec<GuardFact>,
    /// The function's parameters that are this person, or (marked [`ELEMENTS_OF`]) whose
    /// elements it is (sorted): their callers' guards count.
    pub params: Vec<u16>,
}

/// In [`UseGuard::params`]: the person is an element of that parameter (a list).
pub const ELEMENTS_OF: u16 = 0x8000;

#[derive(Debug, Clone)]
pub struct Call {
    pub callee: DefId,
    pub span: Span,
    /// The receiver's type was unknown: every workspace impl of the trait method was taken.
    pub all_impls: bool,
    /// Per argument (the receiver first), what guards answered for it; empty without
    /// consent rules.
    pub args: Vec<UseGuard>,
}

/// Where data given to a parameter ends up in a function with a purpose.
#[derive(Debug, Clone)]
pub struct Sink {
    pub param: u16,
    /// The part of the parameter (a field, a field of a field, or `WHOLE`).
    pub field: [FieldSym; 2],
    pub callee: Arc<str>,
    pub purpose: Arc<PurposeDecl>,
    /// The function making the call into `callee`, and where.
    pub reported_in: DefId,
    pub span: Span,
    /// Hops from this function's parameter to that call.
    pub via: Via,
    /// Purposes of the functions with a purpose the data passes through on the way.
    pub through: Vec<Arc<PurposeDecl>>,
    /// Guard answers that held for the parameter's person on the way to the sink (sorted);
    /// where two ways lead to the same sink, those that held on both.
    pub facts: Vec<GuardFact>,
}

/// Classified data passed into a function (or dependency function) with a
/// purpose, whether that purpose allows it or not.
#[derive(Debug, Clone)]
pub struct Crossing {
    /// The function making the call, and where.
    pub reported_in: DefId,
    pub class: ClassId,
    pub span: Span,
    pub callee: Arc<str>,
    pub purpose: Arc<PurposeDecl>,
    /// The functions with a purpose the data entered on the way to `callee`
    /// (empty when the call is direct).
    pub through: Vec<Arc<PurposeDecl>>,
    pub trace: TraceParts,
    /// What guards answered for the person, in the function walked.
    pub guard: UseGuard,
}

impl Crossing {
    /// What it is a fact of ([`Fact`]).
    pub fn fact(&self) -> Fact<'_> {
        Fact {
            function: self.reported_in,
            class: self.class,
            span: self.span,
            callee: &self.callee,
            through: &self.through,
        }
    }

    /// Whether `other` is the same fact with the same guards (its trace aside).
    pub fn same_fact(&self, other: &Crossing) -> bool {
        self.fact() == other.fact() && self.guard == other.guard
    }

    /// A hash of what [`Crossing::same_fact`] compares.
    pub fn fact_hash(&self) -> u64 {
        self.fact().hash_with((&self.guard.facts, &self.guard.params))
    }
}

/// What makes two crossings (or a crossing and the flow made of one) the same fact, their
/// traces and guards aside: the place (function and span), the class, the callee (which has
/// one purpose) and the purposes entered on the way (the same declarations).
#[derive(Debug, Clone, Copy)]
pub struct Fact<'a> {
    pub function: DefId,
    pub class: ClassId,
    pub span: Span,
    pub callee: &'a str,
    pub through: &'a [Arc<PurposeDecl>],
}

impl Fact<'_> {
    /// A hash of the fact and `extra`.
    pub fn hash_with(&self, extra: impl std::hash::Hash) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        (self, extra).hash(&mut h);
        h.finish()
    }

    fn through_ptrs(&self) -> impl Iterator<Item = *const PurposeDecl> + '_ {
        self.through.iter().map(Arc::as_ptr)
    }
}

impl PartialEq for Fact<'_> {
    fn eq(&self, o: &Self) -> bool {
        (self.function, self.class, self.span, self.callee) == (o.function, o.class, o.span, o.callee)
            && self.through_ptrs().eq(o.through_ptrs())
    }
}

impl std::hash::Hash for Fact<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.function, self.class, self.span, self.callee).hash(h);
        self.through_ptrs().for_each(|p| p.hash(h));
    }
}

/// Where a write into shared state goes: a static, or a channel (its creation sites when
/// known, and the type of what is sent when known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Global(DefId),
    Chan { sites: Vec<Site>, elem: Option<Arc<str>> },
}

/// Data of a category written into shared state, and how it got there (ending at the write).
#[derive(Debug, Clone)]
pub struct CellWrite {
    pub target: Target,
    pub class: ClassId,
    pub trace: Trace,
}

/// A write into shared state of what parameters carry (`taint` holds `Param` labels only):
/// each call stores what its arguments carry there.
#[derive(Debug, Clone)]
pub struct CellEffect {
    pub target: Target,
    pub taint: Taint,
    /// The write, in the function that makes it.
    pub hop: Hop,
}

/// Sinks a summary keeps per parameter part and purpose (see [`Summary::add_sink`]).
pub const MAX_SINKS_PER_PURPOSE: usize = 1;

/// Sinks a summary holds before their parameter parts are merged (see
/// [`Summary::coarsen_sinks`]).
pub const MAX_SINKS: usize = 64;

/// What callers need to know about a function.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// What the returned value carries.
    pub ret: Taint,
    /// What is written into `&mut` parameters (and `self`).
    pub outs: ThinVec<(u16, Taint)>,
    /// Per parameter: used as a whole, or only these fields read.
    pub uses: ThinVec<(bool, Vec<FieldSym>)>,
    pub sinks: ThinVec<Sink>,
    /// How each classification in `ret` / `outs` got there.
    pub traces: ThinVec<(ClassId, Trace)>,
    /// What guards say about the result (only with consent rules).
    pub guard: Option<Box<GuardSummary>>,
    /// The query type of the returned value, when it is a database query (diesel's
    /// `-> _` and `impl Trait` query functions do not say so in their signature).
    pub query: Option<Box<crate::resolve::Ty>>,
    /// What parameters carry that is sent into channels or stored in statics.
    pub cell_writes: ThinVec<CellEffect>,
}

/// What callers learn about guards from a function: facts about its parameters (`Id` is
/// the parameter's index) that hold when it returns true or false, returns `Ok`/`Some`,
/// or returns data; facts about every element it returns or leaves in a `&mut` parameter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuardSummary {
    pub t: Known,
    pub f: Known,
    pub ok: Known,
    pub held: Known,
    pub elem: Vec<GuardFact>,
    pub outs_elem: Vec<(u16, Vec<GuardFact>)>,
}

/// Which of two sinks is nearer: fewer hops, then reported first in the code, then the
/// callee's name, then the hops' places. A total order on the ways a summary can know, so
/// the one kept is the same whatever order the walks found them in (a way one hop longer
/// through a caller compares as the way it extends: the order is kept from callee to
/// caller).
fn nearer(a: &Sink, b: &Sink) -> std::cmp::Ordering {
    let near = |x: &Sink| (x.via.len(), x.reported_in, x.span.lo, x.span.hi);
    let places = |a: &Via, b: &Via| a.iter().map(|h| (&h.file, h.span)).cmp(b.iter().map(|h| (&h.file, h.span)));
    (near(a), &a.callee).cmp(&(near(b), &b.callee)).then_with(|| places(&a.via, &b.via))
}

impl Summary {
    /// Forgets field structure (a recursive component that keeps changing).
    pub fn widen(&mut self) {
        self.guard = None;
        let cells = self.cell_writes.iter_mut().map(|e| &mut e.taint);
        for t in std::iter::once(&mut self.ret).chain(self.outs.iter_mut().map(|(_, t)| t)).chain(cells) {
            *t = t.flattened();
            t.forget_param_fields();
        }
    }

    /// Adds a write of what parameters carry into shared state; true when it was new.
    pub(super) fn add_cell_write(&mut self, e: &CellEffect) -> bool {
        match self.cell_writes.iter_mut().find(|x| x.target == e.target) {
            Some(x) => x.taint.union(&e.taint),
            None => {
                self.cell_writes.push(e.clone());
                true
            }
        }
    }

    /// Keeps one sink per parameter part, sink and purpose, the nearest, and at most
    /// [`MAX_SINKS_PER_PURPOSE`] sinks per parameter part and purpose: summaries stay
    /// small on long call chains through code with purposes (every function would
    /// otherwise carry every sink below it). True when the sinks changed.
    pub(super) fn add_sink(&mut self, s: Sink) -> bool {
        if !self.add_sink_exact(s) {
            return false;
        }
        if self.sinks.len() > MAX_SINKS {
            self.coarsen_sinks();
        }
        true
    }

    /// Past [`MAX_SINKS`], sinks forget which part of a parameter reaches them (a
    /// field of a field, then a field): the whole parameter does, which keeps every
    /// flow (a caller's argument reaches the sink if any part of it does) and bounds
    /// the work at every call of this function.
    fn coarsen_sinks(&mut self) {
        for depth in [1, 0] {
            let sinks = std::mem::take(&mut self.sinks);
            for mut s in sinks {
                if depth == 0 {
                    s.field = [WHOLE, WHOLE];
                } else {
                    s.field[1] = WHOLE;
                }
                self.add_sink_exact(s);
            }
            if self.sinks.len() <= MAX_SINKS {
                return;
            }
        }
    }

    /// Adds a sink, keeping one per parameter part, sink and purpose: of two ways to the
    /// same sink, the nearer ([`nearer`]), with the guards that held on both; of more than
    /// [`MAX_SINKS_PER_PURPOSE`] sinks for that part and purpose, the nearest. So what a
    /// summary keeps does not depend on the order the walks found the ways in. True when the
    /// sinks changed.
    fn add_sink_exact(&mut self, s: Sink) -> bool {
        // Sinks are sorted by parameter part first ([`Summary::insert_sink`]): those of `s`'s
        // part are one run, the only ones looked at (a summary holds up to 64 sinks, and
        // callers apply it at every call: the whole list was a twelfth of kanidm's check).
        let part = (s.param, s.field);
        let lo = self.sinks.partition_point(|x| (x.param, x.field) < part);
        let run = lo..lo + self.sinks[lo..].partition_point(|x| (x.param, x.field) == part);
        let same_purposes = |x: &Sink| Arc::ptr_eq(&x.purpose, &s.purpose) || x.purpose.purposes == s.purpose.purposes;
        let group = |x: &Sink| x.param == s.param && x.field == s.field && same_purposes(x);
        let same_sink = self.sinks[run.clone()].iter().position(|x| group(x) && x.callee == s.callee).map(|i| lo + i);
        if let Some(i) = same_sink {
            let x = &mut self.sinks[i];
            let before = x.facts.len();
            // Guards that held on both ways.
            x.facts.retain(|f| s.facts.contains(f));
            if nearer(&s, x) != std::cmp::Ordering::Less {
                return x.facts.len() != before;
            }
            let facts = std::mem::take(&mut x.facts);
            self.sinks.remove(i);
            self.insert_sink(Sink { facts, ..s });
            return true;
        }
        let in_group = self.sinks[run.clone()].iter().filter(|x| group(x)).count();
        if in_group >= MAX_SINKS_PER_PURPOSE {
            let group_sinks = self.sinks[run].iter().enumerate().filter(|(_, x)| group(x));
            let farthest = group_sinks.max_by(|(_, a), (_, b)| nearer(a, b));
            match farthest.map(|(i, _)| lo + i) {
                Some(i) if nearer(&s, &self.sinks[i]) == std::cmp::Ordering::Less => {
                    self.sinks.remove(i);
                }
                _ => return false,
            }
        }
        self.insert_sink(s);
        true
    }

    fn insert_sink(&mut self, s: Sink) {
        let key = |x: &Sink| (x.param, x.field, x.reported_in, x.span);
        let at = self.sinks.partition_point(|x| key(x) <= key(&s));
        self.sinks.insert(at, s);
    }

    /// Adds what `other` says to this summary; true when something was new.
    /// Summaries only grow, so the fixpoint converges.
    pub fn join(&mut self, other: &Summary) -> bool {
        let mut changed = self.ret.union(&other.ret);
        // Guard facts come from the latest walk, which saw the latest callee summaries.
        if self.guard != other.guard {
            self.guard = other.guard.clone();
            changed = true;
        }
        for (p, t) in &other.outs {
            match self.outs.iter_mut().find(|(q, _)| q == p) {
                Some((_, mine)) => changed |= mine.union(t),
                None => {
                    self.outs.push((*p, t.clone()));
                    self.outs.sort_by_key(|(q, _)| *q);
                    changed = true;
                }
            }
        }
        if self.uses.len() < other.uses.len() {
            self.uses.resize(other.uses.len(), (false, Vec::new()));
            changed = true;
        }
        for (mine, theirs) in self.uses.iter_mut().zip(&other.uses) {
            if theirs.0 && !mine.0 {
                mine.0 = true;
                changed = true;
            }
            for f in &theirs.1 {
                if let Err(at) = mine.1.binary_search(f) {
                    mine.1.insert(at, *f);
                    changed = true;
                }
            }
        }
        for s in &other.sinks {
            changed |= self.add_sink(s.clone());
        }
        if self.query.is_none() && other.query.is_some() {
            self.query = other.query.clone();
            changed = true;
        }
        // Writes into shared state come from the latest walk too: a send on a parameter
        // counts for its element type until the parameter is known to be a channel's end.
        if self.cell_writes.len() != other.cell_writes.len()
            || self.cell_writes.iter().zip(&other.cell_writes).any(|(a, b)| a.target != b.target || a.taint != b.taint)
        {
            self.cell_writes = other.cell_writes.clone();
            changed = true;
        }
        for (c, t) in &other.traces {
            if !self.traces.iter().any(|(d, _)| d == c) {
                self.traces.push((*c, t.clone()));
                self.traces.sort_by_key(|(d, _)| *d);
            }
        }
        changed
    }

    /// Equal for the fixpoint (traces aside).
    pub fn same(&self, o: &Summary) -> bool {
        let key = |s: &Sink| (s.param, s.field, s.reported_in, s.span, s.facts.clone(), s.callee.clone());
        let via = |a: &Sink, b: &Sink| a.via == b.via;
        self.ret == o.ret
            && self.guard == o.guard
            && self.query == o.query
            && self.outs == o.outs
            && self.uses == o.uses
            && self.sinks.len() == o.sinks.len()
            && self.sinks.iter().zip(&o.sinks).all(|(a, b)| key(a) == key(b) && via(a, b))
            && self.cell_writes.len() == o.cell_writes.len()
            && self.cell_writes.iter().zip(&o.cell_writes).all(|(a, b)| a.target == b.target && a.taint == b.taint)
    }
}

#[derive(Debug, Default)]
pub struct Walked {
    pub touches: ThinVec<Touch>,
    /// Every distinct guarded situation of each class's uses (only with consent rules).
    pub uses: ThinVec<GuardUse>,
    pub calls: ThinVec<Call>,
    pub crossings: ThinVec<Crossing>,
    pub summary: Summary,
    /// Classifications the declared parameter types carry: callers bring them.
    pub param_classes: ThinVec<ClassId>,
    /// Queries that could not be analysed, and why.
    pub limits: ThinVec<(Span, String)>,
    /// Data of a category sent into channels or stored in statics.
    pub cell_writes: ThinVec<CellWrite>,
    /// The statics the walk read (it is walked again when they hold more).
    pub read_globals: ThinVec<DefId>,
    /// What the walk's uses of channels depend on (it is walked again when that changes).
    pub read_chans: ThinVec<ChanKey>,
    /// Channel ends stored in struct fields: (struct, field, creation site).
    pub field_chans: ThinVec<(DefId, FieldSym, Site)>,
    /// Channel ends stored in statics (a static holding a channel).
    pub global_chans: ThinVec<(DefId, Site)>,
    /// Channel ends passed to workspace functions: (callee, parameter, field of it or
    /// `WHOLE`, creation site).
    pub binds: ThinVec<(DefId, u16, FieldSym, Site)>,
}

#[cfg(test)]
mod tests {
    use super::{Hop, Sink, Summary, Via};
    use crate::diag::StepKind;
    use crate::policy::{Origin, PurposeDecl};
    use crate::syntax::Span;
    use std::sync::Arc;

    fn sink(callee: &str, hops: usize, at: usize) -> Sink {
        let origin = Origin { file: "redline.toml".into(), span: Span::new(0, 0), how: "[functions]".into() };
        let hop = || Hop {
            file: "src/a.rs".into(),
            span: Span::new(at, at + 1),
            kind: StepKind::Value { what: "x".into(), function: "a::f".into() },
            left_out: 0,
        };
        Sink {
            param: 0,
            field: [0, 0],
            callee: callee.into(),
            purpose: Arc::new(PurposeDecl { purposes: vec!["sales".into()], origin }),
            reported_in: 0,
            span: Span::new(at, at + 1),
            via: (0..hops).fold(Via::default(), |v, _| Via::before(hop(), &v)),
            through: Vec::new(),
            facts: Vec::new(),
        }
    }

    #[test]
    fn the_nearest_sink_is_kept_whatever_order_the_walks_found_them_in() {
        let found = [sink("crm::far", 3, 10), sink("crm::near", 1, 50), sink("crm::tie", 1, 90)];
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]] {
            let mut s = Summary::default();
            for i in order {
                s.add_sink(found[i].clone());
            }
            let kept: Vec<&str> = s.sinks.iter().map(|x| &*x.callee).collect();
            assert_eq!(kept, ["crm::near"], "order {order:?}");
        }
    }
}

//! Consent guards in one body: while walking, the answers of guards that hold at each
//! point, for which person; what each value says (a guard's answer, data produced under
//! a guard, elements kept by a filter); and what a use of classified data had for its
//! person. Only when the policy has consent rules (see docs/consent.md).
//!
//! The facts are scoped like locals: an `if` branch, a `match` arm, a loop body or a
//! closure sees the facts its condition gives; an early exit (`if !g { return }`,
//! `let true = g else { .. }`, `ensure!(g)`, `g?`) gives the facts to the rest of the block.

mod control;
pub mod facts;
mod value;

pub use facts::Known;
pub(crate) use value::is_collection;

use super::summary::{GuardSummary, GuardUse, UseGuard, ELEMENTS_OF};
use super::Walker;
use crate::flow::taint::Label;
use crate::flow::GuardFact;
use crate::resolve::Ty;
use crate::syntax::{ExprId, Span};
use facts::{GVal, Id, ELEM};

/// Distinct guarded situations kept per class of a body's uses; past it, new ones are
/// merged into the last (facts that held in both).
const MAX_USES_PER_CLASS: usize = 16;

/// What a walk knows about guards.
#[derive(Default)]
pub struct Guards {
    /// What each expression's value says, by `ExprId`.
    vals: Vec<Option<Box<GVal>>>,
    /// Facts that hold at this point of the walk.
    active: Vec<(GuardFact, Id)>,
    next_id: Id,
    n_params: u16,
    /// The value of the expression being finished, when its walker knows it (calls,
    /// blocks, branches, closures); taken when the expression is finished.
    here: Option<GVal>,
    /// Each place the function returns from: the value, with the facts that held there.
    returns: Vec<GVal>,
    /// What the value a use or binding being recorded is about says: its persons, what
    /// held for its data and for each of its elements.
    subject: Option<GVal>,
    /// For the next closure: per parameter, the persons it is and the facts it brings.
    closure_params: Option<Vec<control::ElementOf>>,
    /// Branches of conditions entered (if, match, loop, closure): a `retain` only
    /// narrows a collection declared at the same depth.
    cond: u32,
}

/// What a local holds for guards.
#[derive(Clone, Default)]
pub struct LocalGuard {
    pub ids: Vec<Id>,
    pub val: Option<Box<GVal>>,
    pub cond: u32,
}

impl<'a> Walker<'a, '_> {
    /// Starts following guards, when the policy has consent rules.
    pub(super) fn guards_start(&mut self, n_params: u16) {
        if !self.cx.policy.consent.is_active() {
            return;
        }
        let vals = vec![None; self.body.exprs.len()];
        // Ids below `n_params` are the parameters, then the elements of each (a list).
        let next_id = 2 * Id::from(n_params);
        self.g = Some(Box::new(Guards { vals, n_params, next_id, ..Guards::default() }));
    }

    pub(super) fn guards_on(&self) -> bool {
        self.g.is_some()
    }

    fn fresh(&mut self) -> Id {
        let g = self.g.as_mut().expect("guards on");
        g.next_id += 1;
        g.next_id - 1
    }

    /// What an expression's value says (nothing known when guards are off).
    pub(super) fn gval(&self, e: ExprId) -> GVal {
        self.gref(e).cloned().unwrap_or_default()
    }

    pub(super) fn gref(&self, e: ExprId) -> Option<&GVal> {
        self.g.as_ref()?.vals.get(e as usize)?.as_deref()
    }

    /// The persons an expression's value is about.
    pub(super) fn ids_of(&self, e: ExprId) -> &[Id] {
        self.gref(e).map_or(&[], |v| v.ids.as_slice())
    }

    pub(super) fn g_mark(&self) -> usize {
        self.g.as_ref().map_or(0, |g| g.active.len())
    }

    pub(super) fn g_reset(&mut self, mark: usize) {
        if let Some(g) = &mut self.g {
            g.active.truncate(mark);
        }
    }

    /// Assumes `facts` from here to the end of the current scope.
    pub(super) fn g_assume(&mut self, facts: &Known) {
        if let Some(g) = &mut self.g {
            g.active.extend_from_slice(facts.list());
        }
    }

    fn g_active(&self) -> Known {
        Known::of(self.g.as_ref().map(|g| g.active.clone()).unwrap_or_default())
    }

    /// Finishes an expression: what its value says, for its parent and its uses.
    pub(super) fn g_finish(&mut self, id: ExprId, ty: &Ty, data: bool) {
        let Some(g) = &mut self.g else { return };
        let mut v = match g.here.take() {
            Some(v) => v,
            None => self.derive(id, ty),
        };
        v.data |= data;
        let g = self.g.as_mut().expect("guards on");
        g.subject = Some(v.clone());
        g.vals[id as usize] = (!v.is_empty()).then(|| Box::new(v));
    }

    /// The value of the expression being finished, computed by its walker.
    pub(super) fn g_here(&mut self, v: GVal) {
        if let Some(g) = &mut self.g {
            g.here = Some(v);
        }
    }

    /// What held for a value's persons: facts here, those its data was produced under,
    /// and those every element has (a filtered list: its data is its elements').
    pub(super) fn use_guard(&self, v: &GVal) -> UseGuard {
        let Some(g) = &self.g else { return UseGuard::default() };
        let n = Id::from(g.n_params);
        // "An element of parameter i" is not a person: what held for one element of a
        // list does not hold for the others.
        let persons: Vec<Id> = v.ids.iter().copied().filter(|i| !(n..2 * n).contains(i)).collect();
        let here = g.active.iter().filter(|(_, who)| persons.contains(who)).map(|(f, _)| *f);
        let mut facts: Vec<GuardFact> = here.chain(v.held.about(&persons)).chain(v.elem.iter().copied()).collect();
        facts.sort_unstable();
        facts.dedup();
        let mut params: Vec<u16> = v
            .ids
            .iter()
            .chain(&v.elem_ids)
            .filter_map(|&i| match i {
                i if i < n => Some(i as u16),
                i if i < 2 * n => Some((i - n) as u16 | ELEMENTS_OF),
                _ => None,
            })
            .collect();
        params.sort_unstable();
        params.dedup();
        UseGuard { facts, params }
    }

    /// [`use_guard`](Self::use_guard) of an expression's value.
    pub(super) fn arg_guard(&self, e: ExprId) -> UseGuard {
        match self.gref(e) {
            Some(v) => self.use_guard(v),
            None => self.use_guard(&GVal::default()),
        }
    }

    /// A parameter: its person, when it may be one, and the elements of a list are each
    /// one person of its own. The subject of the uses recorded next.
    pub(super) fn g_param(&mut self, index: u16, ty: &Ty) -> LocalGuard {
        let Some(g) = &self.g else { return LocalGuard::default() };
        let n = Id::from(g.n_params);
        let ids = if self.person_like(ty) { vec![Id::from(index)] } else { Vec::new() };
        let list = is_collection(ty) && *ty.autoderef() != Ty::Unknown;
        let elem_ids = if list { vec![n + Id::from(index)] } else { Vec::new() };
        let v = GVal { elem_ids, ..GVal::about(ids.clone()) };
        self.g_subject(v.clone());
        LocalGuard { ids, val: (!v.is_empty()).then(|| Box::new(v)), cond: 0 }
    }

    /// Records the uses of classified data at `span` (called where it is touched), with
    /// what held for the person of the value touched (the subject set before).
    pub(super) fn g_use(&mut self, labels: &[Label], span: Span, note: &mut dyn FnMut() -> String) {
        let Some(g) = &self.g else { return };
        let Some(subject) = &g.subject else { return };
        let guard = self.use_guard(subject);
        for l in labels {
            let Label::Src(class) = *l else { continue };
            let uses = &mut self.out.uses;
            let of_class = uses.iter().filter(|u| u.class == class).count();
            let same = |u: &&mut GuardUse| u.class == class && u.guard == guard;
            match uses.iter_mut().find(same) {
                // The innermost expression wins over those containing it, else the earliest.
                Some(u) => {
                    let contains_old = span.lo <= u.span.lo && u.span.hi <= span.hi;
                    let inside_old = u.span.lo <= span.lo && span.hi <= u.span.hi;
                    if inside_old || (!contains_old && span.lo < u.span.lo) {
                        u.span = span;
                        u.note = note();
                    }
                }
                None if of_class >= MAX_USES_PER_CLASS => {
                    if let Some(last) = uses.iter_mut().rev().find(|u| u.class == class) {
                        last.guard.facts.retain(|f| guard.facts.contains(f));
                        union_u16(&mut last.guard.params, &guard.params);
                    }
                }
                None => uses.push(GuardUse { class, span, note: note(), guard: guard.clone(), trace: Vec::new() }),
            }
        }
    }

    /// The subject of the uses recorded next (bindings, parameters).
    pub(super) fn g_subject(&mut self, v: GVal) {
        if let Some(g) = &mut self.g {
            g.subject = Some(v);
        }
    }

    /// A return point: the value returned, with the facts that hold there.
    pub(super) fn g_return(&mut self, e: Option<ExprId>) {
        if !self.guards_on() {
            return;
        }
        let mut v = e.map(|e| self.gval(e)).unwrap_or_default();
        v.under(&self.g_active());
        if let Some(g) = &mut self.g {
            g.returns.push(v);
        }
    }

    /// The function's summary for callers: what its results say about its parameters.
    pub(super) fn g_summary(&mut self) -> Option<Box<GuardSummary>> {
        let g = self.g.as_ref()?;
        let mut all = g.returns.iter();
        let mut ret = all.next()?.clone();
        for r in all {
            ret.either(r);
        }
        let n = Id::from(g.n_params);
        let params = |k: &Known| k.map(|who| if who < n { vec![who] } else { Vec::new() });
        let outs_elem = self
            .locals
            .iter()
            .filter_map(|l| Some((l.param?, l.guard.val.as_ref()?.elem.clone())))
            .filter(|(_, e)| !e.is_empty())
            .collect();
        let s = GuardSummary {
            t: params(&ret.t),
            f: params(&ret.f),
            ok: params(&ret.ok),
            held: if ret.data { params(&ret.held) } else { Known::default() },
            elem: if ret.data { ret.elem } else { Vec::new() },
            outs_elem,
        };
        // Nothing to say is said by no summary (callers are not walked again for it).
        (s != GuardSummary::default()).then(|| Box::new(s))
    }

    /// Whether a parameter of type `ty` may stand for a person (a member, an id, a key),
    /// rather than a service, a connection or a list: only those get an identity, so
    /// that a guard and a use that share a connection are not taken for the same person.
    pub(super) fn person_like(&self, ty: &Ty) -> bool {
        self.person_like_in(ty, 0)
    }

    fn person_like_in(&self, ty: &Ty, depth: usize) -> bool {
        let (prog, policy) = (self.cx.prog, self.cx.policy);
        if depth > 4 {
            return false;
        }
        let ty = ty.autoderef();
        match ty {
            Ty::Adt(d, _) => {
                let fields = prog.fields.get(d).map(Vec::as_slice).unwrap_or_default();
                let has_classified_field = |owner: &crate::resolve::DefId| {
                    (0..prog.fields.get(owner).map_or(0, Vec::len))
                        .any(|i| policy.field_class.contains_key(&(*owner, i as u32)))
                };
                let classified = |t: &Ty| {
                    let mut c = Vec::new();
                    policy.classes_of(t, &mut c);
                    !c.is_empty() || matches!(t.autoderef(), Ty::Adt(inner, _) if has_classified_field(inner))
                };
                policy.type_class.contains_key(d)
                    || has_classified_field(d)
                    || fields.iter().any(|(_, t)| {
                        !COLLECTIONS.contains(&t.autoderef().extern_name().unwrap_or_default()) && classified(t)
                    })
                    || key_name(&prog.def(*d).name)
                    || (fields.len() == 1 && self.person_like_in(&fields[0].1, depth + 1))
            }
            Ty::Extern(_, args) => match ty.extern_name().unwrap_or_default() {
                "bool" => false,
                name if COLLECTIONS.contains(&name) => false,
                name => {
                    PRIMITIVE_KEYS.contains(&name)
                        || key_name(name)
                        || args.iter().any(|a| self.person_like_in(a, depth + 1))
                }
            },
            Ty::Tuple(ts) => ts.iter().any(|t| self.person_like_in(t, depth + 1)),
            Ty::Slice(_) | Ty::FnItem(_) => false,
            _ => true,
        }
    }
}

/// Collections: a list of persons is not a person (its elements are, one each).
pub(crate) const COLLECTIONS: &[&str] = &[
    "Vec",
    "VecDeque",
    "LinkedList",
    "BinaryHeap",
    "HashMap",
    "BTreeMap",
    "HashSet",
    "BTreeSet",
    "IndexMap",
    "IndexSet",
    "Iter",
    "IntoIter",
    "IterMut",
];

/// Types that are keys of a person (an id, an e-mail address).
const PRIMITIVE_KEYS: &[&str] =
    &["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "String", "str", "Uuid"];

fn key_name(name: &str) -> bool {
    name.ends_with("Id") || name.ends_with("Key") || name.ends_with("Uuid")
}

fn union_u16(into: &mut Vec<u16>, from: &[u16]) {
    for i in from {
        if let Err(at) = into.binary_search(i) {
            into.insert(at, *i);
        }
    }
}

/// Facts said of [`ELEM`] in `k`: those every element has.
fn of_elem(k: &Known) -> Vec<GuardFact> {
    k.about(&[ELEM]).collect()
}

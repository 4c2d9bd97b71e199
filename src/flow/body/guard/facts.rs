//! Facts about persons: which guard answered what for whom, and what a value says.

use crate::flow::GuardFact;

/// A person, as far as one body can tell: each parameter is one (its index), every
/// other value gets one when it cannot be traced to a parameter or a local.
pub type Id = u32;

/// The element of a collection, in what a closure or a summary says of "each element".
pub const ELEM: Id = u32::MAX;

/// Facts about persons: (answer, who), sorted. `All` holds where nothing arrives (the
/// data of a `None`, a bool that is never true): every fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known(Option<Vec<(GuardFact, Id)>>);

impl Default for Known {
    fn default() -> Self {
        Known(Some(Vec::new()))
    }
}

impl Known {
    pub fn all() -> Known {
        Known(None)
    }

    pub fn of(mut facts: Vec<(GuardFact, Id)>) -> Known {
        facts.sort_unstable();
        facts.dedup();
        Known(Some(facts))
    }

    pub fn is_all(&self) -> bool {
        self.0.is_none()
    }

    /// The facts (none for `All`: nothing is claimed from unreachable code).
    pub fn list(&self) -> &[(GuardFact, Id)] {
        self.0.as_deref().unwrap_or_default()
    }

    /// Adds facts (`All` stays `All`).
    pub fn add(&mut self, facts: &[(GuardFact, Id)]) {
        if let Some(mine) = &mut self.0 {
            for f in facts {
                if let Err(at) = mine.binary_search(f) {
                    mine.insert(at, *f);
                }
            }
        }
    }

    /// Both hold: the union.
    pub fn join(&mut self, other: &Known) {
        match &other.0 {
            None => self.0 = None,
            Some(f) => self.add(f),
        }
    }

    /// Either holds: what both say (`All` says everything).
    pub fn meet(&mut self, other: &Known) {
        match (&mut self.0, &other.0) {
            (_, None) => {}
            (None, Some(o)) => self.0 = Some(o.clone()),
            (Some(mine), Some(o)) => mine.retain(|f| o.binary_search(f).is_ok()),
        }
    }

    /// The answers known for any of `ids`.
    pub fn about(&self, ids: &[Id]) -> impl Iterator<Item = GuardFact> + '_ {
        let ids = ids.to_vec();
        self.list().iter().filter(move |(_, who)| ids.contains(who)).map(|(f, _)| *f)
    }

    /// The same facts, said of `to` where they were said of `from`.
    pub fn rename(&self, from: Id, to: Id) -> Known {
        match &self.0 {
            None => Known::all(),
            Some(f) => Known::of(f.iter().map(|&(g, who)| (g, if who == from { to } else { who })).collect()),
        }
    }

    /// Facts about `who` replaced by facts about each of `by(who)`; others dropped.
    pub fn map(&self, by: impl Fn(Id) -> Vec<Id>) -> Known {
        match &self.0 {
            None => Known::all(),
            Some(f) => Known::of(f.iter().flat_map(|&(g, who)| by(who).into_iter().map(move |id| (g, id))).collect()),
        }
    }
}

/// What guards say about a value.
#[derive(Clone, Debug, Default)]
pub struct GVal {
    /// The persons the value is about (sorted).
    pub ids: Vec<Id>,
    /// The value carries classified data (or data of a parameter).
    pub data: bool,
    /// Facts that hold wherever this value's data exists.
    pub held: Known,
    /// Facts that hold when the value is `Ok`/`Some`.
    pub ok: Known,
    /// For a `bool` (or the `bool` in a `Result` or `Option`): facts that hold when it is
    /// true, and when it is false.
    pub t: Known,
    pub f: Known,
    /// When true, these persons are one (`m.id == id`).
    pub same: Vec<Id>,
    /// Facts that hold for every element, and persons every element is.
    pub elem: Vec<GuardFact>,
    pub elem_ids: Vec<Id>,
}

impl GVal {
    pub fn about(ids: Vec<Id>) -> GVal {
        GVal { ids, ..GVal::default() }
    }

    /// Says nothing (most values): not worth keeping.
    pub fn is_empty(&self) -> bool {
        let none = Known::default();
        self.ids.is_empty()
            && !self.data
            && self.held == none
            && self.ok == none
            && self.t == none
            && self.f == none
            && self.same.is_empty()
            && self.elem.is_empty()
            && self.elem_ids.is_empty()
    }

    /// A value produced where `facts` held: they hold wherever it is, when it is true,
    /// false or `Ok`.
    pub fn under(&mut self, facts: &Known) {
        for k in [&mut self.held, &mut self.ok, &mut self.t, &mut self.f] {
            k.join(facts);
        }
    }

    /// This value or `other` (two branches): what holds for both; data only counts
    /// where there is data.
    pub fn either(&mut self, other: &GVal) {
        union_ids(&mut self.ids, &other.ids);
        match (self.data, other.data) {
            (true, true) => {
                self.held.meet(&other.held);
                self.elem.retain(|f| other.elem.contains(f));
                self.elem_ids.retain(|i| other.elem_ids.contains(i));
            }
            (false, true) => {
                self.held = other.held.clone();
                self.elem = other.elem.clone();
                self.elem_ids = other.elem_ids.clone();
            }
            _ => {}
        }
        self.data |= other.data;
        self.ok.meet(&other.ok);
        self.t.meet(&other.t);
        self.f.meet(&other.f);
        self.same.retain(|i| other.same.contains(i));
    }
}

pub fn union_ids(into: &mut Vec<Id>, from: &[Id]) {
    for i in from {
        if let Err(at) = into.binary_search(i) {
            into.insert(at, *i);
        }
    }
}

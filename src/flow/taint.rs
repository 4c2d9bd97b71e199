//! Taint: what a value was computed from. Field-sensitive one level deep
//! (`Prospect { memo: body }` carries chat in `.memo` only), which is where
//! purpose-limitation questions are asked in practice.

use crate::policy::ClassId;
use crate::resolve::DefId;
use std::borrow::Cow;

/// A field name, interned per run (0 is "the whole value").
pub type FieldSym = u32;
pub const WHOLE: FieldSym = 0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// Data of a classification.
    Src(ClassId),
    /// Whatever the caller passes as parameter `index`, or that field of it, or
    /// that field of the field (`lead.contact.phone` keeps `contact.phone`).
    Param(u16, FieldSym, FieldSym),
    /// The value is (a handle on) an end of the channel created in that function at that
    /// offset: what is sent on it is read from the same channel (see `flow::cells`).
    Chan(DefId, u32),
    /// The value is (a view of) that static: what is written into it is stored there.
    Global(DefId),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Taint {
    /// What the whole value carries (sorted, no duplicates).
    labels: Vec<Label>,
    /// What single fields carry in addition (sorted by field), to [`MAX_DEPTH`] levels;
    /// a collection's taint is that of its elements.
    fields: Vec<(FieldSym, Taint)>,
}

/// Field nesting kept apart (`lead.contact.phone`); deeper parts are merged.
const MAX_DEPTH: usize = 3;

/// Fields kept apart per level; a value with more has them merged into the whole
/// (keeps taints, and so every walk, small on code that handles wide structs).
const MAX_FIELDS: usize = 24;

/// Labels per level beyond which parameter parts are merged into whole parameters.
const MAX_LABELS: usize = 48;

/// Labels and fields a taint holds in all before its parts are merged.
const MAX_SIZE: usize = 96;

fn merge(into: &mut Vec<Label>, from: &[Label]) -> bool {
    if from.len() > 4 && !into.is_empty() {
        return merge_sorted(into, from);
    }
    let mut changed = false;
    for l in from {
        if let Err(i) = into.binary_search(l) {
            into.insert(i, *l);
            changed = true;
        }
    }
    changed
}

/// [`merge`] of a longer sorted `from`, in one pass over both (inserting each label in turn
/// moved the rest every time).
fn merge_sorted(into: &mut Vec<Label>, from: &[Label]) -> bool {
    if from.iter().all(|l| into.binary_search(l).is_ok()) {
        return false;
    }
    let mut out = Vec::with_capacity(into.len() + from.len());
    let (mut a, mut b) = (into.iter().peekable(), from.iter().peekable());
    while let (Some(&&x), Some(&&y)) = (a.peek(), b.peek()) {
        out.push(x.min(y));
        if x <= y {
            a.next();
        }
        if y <= x {
            b.next();
        }
    }
    out.extend(a);
    out.extend(b);
    *into = out;
    true
}

impl Taint {
    pub fn label(l: Label) -> Taint {
        Taint { labels: vec![l], fields: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty() && self.fields.is_empty()
    }

    /// Whether any part carries a channel end or a static ([`Label::Chan`],
    /// [`Label::Global`]); without allocating (they sort last).
    pub fn has_cells(&self) -> bool {
        matches!(self.labels.last(), Some(Label::Chan(..) | Label::Global(_)))
            || self.fields.iter().any(|(_, t)| t.has_cells())
    }

    /// The value without channel ends and statics: a value computed from them (by code
    /// outside the workspace, an operator, a macro) is neither.
    pub fn without_cells(mut self) -> Taint {
        if self.has_cells() {
            self.retain(|l| !matches!(l, Label::Chan(..) | Label::Global(_)));
        }
        self
    }

    /// The channel ends the value holds, with the field holding each (`WHOLE` for the
    /// value itself; deeper parts count for their field).
    pub fn chans_by_field(&self) -> Vec<(FieldSym, DefId, u32)> {
        let mut out = Vec::new();
        let mut put = |f: FieldSym, labels: &[Label]| {
            for l in labels {
                if let Label::Chan(d, at) = *l {
                    if !out.contains(&(f, d, at)) {
                        out.push((f, d, at));
                    }
                }
            }
        };
        put(WHOLE, &self.labels);
        for (f, t) in &self.fields {
            put(*f, &t.flatten());
        }
        out
    }

    /// Labels of the value as a whole.
    pub fn labels(&self) -> &[Label] {
        &self.labels
    }

    pub fn add(&mut self, l: Label) -> bool {
        merge(&mut self.labels, &[l])
    }

    /// Adds everything `other` carries; true when something was new.
    pub fn union(&mut self, other: &Taint) -> bool {
        let changed = self.union_at(other, 0);
        if changed {
            self.compact();
        }
        changed
    }

    /// Labels and fields held, at every level.
    fn size(&self) -> usize {
        self.labels.len() + self.fields.iter().map(|(_, t)| 1 + t.size()).sum::<usize>()
    }

    /// Keeps a taint small (every expression of a walk copies one): past
    /// [`MAX_SIZE`], parts below the first level are merged, then all parts.
    fn compact(&mut self) {
        if self.size() <= MAX_SIZE {
            return;
        }
        for (_, t) in &mut self.fields {
            *t = t.flattened();
        }
        if self.size() > MAX_SIZE {
            *self = self.flattened();
            self.forget_param_fields();
        }
    }

    fn union_at(&mut self, other: &Taint, depth: usize) -> bool {
        if depth >= MAX_DEPTH {
            return merge(&mut self.labels, &other.flatten());
        }
        let mut changed = merge(&mut self.labels, &other.labels);
        for (f, t) in &other.fields {
            match self.fields.binary_search_by_key(f, |(g, _)| *g) {
                Ok(i) => changed |= self.fields[i].1.union_at(t, depth + 1),
                Err(i) => {
                    let mut sub = Taint::default();
                    sub.union_at(t, depth + 1);
                    if !sub.is_empty() {
                        self.fields.insert(i, (*f, sub));
                        changed = true;
                    }
                }
            }
        }
        if self.fields.len() > MAX_FIELDS {
            let flat = self.flatten();
            self.labels = flat;
            self.fields.clear();
        }
        if self.labels.len() > MAX_LABELS {
            self.forget_param_fields();
        }
        changed
    }

    /// `Param(i, f, g)` becomes `Param(i)`: which parts of a parameter are
    /// forgotten (used to keep taints small, and to widen summaries).
    pub fn forget_param_fields(&mut self) {
        let mut labels: Vec<Label> = self
            .labels
            .iter()
            .map(|l| match *l {
                Label::Param(i, _, _) => Label::Param(i, WHOLE, WHOLE),
                other => other,
            })
            .collect();
        labels.sort();
        labels.dedup();
        self.labels = labels;
        for (_, t) in &mut self.fields {
            t.forget_param_fields();
        }
    }

    /// The taint of field `f` of this value: what the whole carries, and the field's own.
    pub fn field(&self, f: FieldSym) -> Taint {
        let mut labels: Vec<Label> = (self.labels.iter())
            .map(|l| match *l {
                Label::Param(i, WHOLE, WHOLE) if f != WHOLE => Label::Param(i, f, WHOLE),
                Label::Param(i, a, WHOLE) if f != WHOLE => Label::Param(i, a, f),
                other => other,
            })
            .collect();
        labels.sort_unstable();
        labels.dedup();
        let mut out = Taint { labels, fields: Vec::new() };
        if let Ok(i) = self.fields.binary_search_by_key(&f, |(g, _)| *g) {
            out.union(&self.fields[i].1);
        }
        out
    }

    /// The taint of `value.f.g` (`WHOLE` stops the path); the value itself is not copied.
    pub fn path(&self, f: FieldSym, g: FieldSym) -> Cow<'_, Taint> {
        match (f, g) {
            (WHOLE, _) => Cow::Borrowed(self),
            (f, WHOLE) => Cow::Owned(self.field(f)),
            (f, g) => Cow::Owned(self.field(f).field(g)),
        }
    }

    /// A value built from parts: field `f` carries `t`.
    pub fn set_field(&mut self, f: FieldSym, t: &Taint) {
        if t.is_empty() {
            return;
        }
        match f {
            WHOLE => _ = self.union(t),
            _ => self.put_field(f, t.clone()),
        }
    }

    /// [`Taint::set_field`] of a taint given, not copied.
    fn put_field(&mut self, f: FieldSym, t: Taint) {
        if t.is_empty() {
            return;
        }
        if f == WHOLE {
            self.union(&t);
            return;
        }
        self.union(&Taint { labels: Vec::new(), fields: vec![(f, t)] });
    }

    /// Everything the value carries, in any part.
    pub fn flatten(&self) -> Vec<Label> {
        let mut out = self.labels.clone();
        for (_, t) in &self.fields {
            merge(&mut out, &t.flatten());
        }
        out
    }

    /// The value with its parts forgotten: everything becomes whole-value taint.
    pub fn flattened(&self) -> Taint {
        Taint { labels: self.flatten(), fields: Vec::new() }
    }

    /// The parts a reader that uses `fields` (or everything, when `whole`) sees.
    pub fn seen_by(&self, whole: bool, fields: &[FieldSym]) -> Vec<Label> {
        if whole {
            return self.flatten();
        }
        let mut out = self.labels.clone();
        for (f, t) in &self.fields {
            if fields.contains(f) {
                merge(&mut out, &t.flatten());
            }
        }
        out
    }

    /// Replaces `Param` labels by what the caller passed (`args[i]`, or its field).
    pub fn substitute(&self, args: &[Taint]) -> Taint {
        let mut out = Taint::default();
        for l in &self.labels {
            match *l {
                Label::Src(_) | Label::Chan(..) | Label::Global(_) => {
                    out.add(*l);
                }
                Label::Param(i, f, g) => {
                    if let Some(a) = args.get(i as usize) {
                        out.union(&a.path(f, g));
                    }
                }
            }
        }
        for (f, t) in &self.fields {
            out.put_field(*f, t.substitute(args));
        }
        out
    }

    /// The value without the parts in `fields` (struct update syntax replaces them); what
    /// the value carries as a whole stays.
    pub fn without_fields(&self, fields: &[FieldSym]) -> Taint {
        let mut t = self.clone();
        t.fields.retain(|(f, _)| !fields.contains(f));
        t
    }

    /// Drops labels for which `keep` is false.
    pub fn retain(&mut self, keep: impl Fn(&Label) -> bool + Copy) {
        self.labels.retain(keep);
        for (_, t) in &mut self.fields {
            t.retain(keep);
        }
        self.fields.retain(|(_, t)| !t.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_separate_until_flattened() {
        let mut prospect = Taint::default();
        prospect.set_field(2, &Taint::label(Label::Src(7)));
        assert!(prospect.field(1).is_empty());
        assert_eq!(prospect.field(2).labels(), &[Label::Src(7)]);
        assert_eq!(prospect.flatten(), vec![Label::Src(7)]);
        assert!(prospect.seen_by(false, &[1]).is_empty());
    }

    #[test]
    fn channel_ends_are_found_by_field_and_survive_substitution() {
        let mut outbox = Taint::label(Label::Param(0, WHOLE, WHOLE));
        assert!(!outbox.has_cells());
        outbox.set_field(3, &Taint::label(Label::Chan(9, 40)));
        outbox.set_field(4, &Taint::label(Label::Src(1)));
        assert!(outbox.has_cells());
        assert_eq!(outbox.chans_by_field(), vec![(3, 9, 40)]);
        // A callee returning its parameter's field 3 returns that channel's end.
        let ret = Taint::label(Label::Param(0, 3, WHOLE));
        assert_eq!(ret.substitute(&[outbox]).labels(), &[Label::Param(0, 3, WHOLE), Label::Chan(9, 40)]);
        assert!(Taint::label(Label::Global(2)).has_cells());
    }

    #[test]
    fn parameters_are_substituted_field_by_field() {
        // A callee returning `param0.memo`.
        let ret = Taint::label(Label::Param(0, 5, WHOLE));
        let mut arg = Taint::default();
        arg.set_field(5, &Taint::label(Label::Src(1)));
        arg.set_field(6, &Taint::label(Label::Src(2)));
        assert_eq!(ret.substitute(&[arg]).labels(), &[Label::Src(1)]);
        let whole = Taint::label(Label::Param(0, WHOLE, WHOLE));
        assert_eq!(whole.field(5).labels(), &[Label::Param(0, 5, WHOLE)]);
        assert_eq!(whole.field(5).field(6).labels(), &[Label::Param(0, 5, 6)]);
        // `pool.leads` holds leads whose `phone` is classified; `member_id` is not.
        let mut lead = Taint::default();
        lead.set_field(6, &Taint::label(Label::Src(3)));
        let mut pool = Taint::default();
        pool.set_field(5, &lead);
        let member_id = Taint::label(Label::Param(0, 5, 7));
        assert!(member_id.substitute(&[pool.clone()]).is_empty());
        let phone = Taint::label(Label::Param(0, 5, 6));
        assert_eq!(phone.substitute(&[pool]).labels(), &[Label::Src(3)]);
    }
}

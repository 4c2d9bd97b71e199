//! Guards and control flow: branches see their condition's answer, early exits give the
//! other answer to the rest of the block, bindings take the person of what they bind.

use super::facts::{union_ids, GVal, Id, Known, ELEM};
use super::{LocalGuard, Walker};
use crate::flow::GuardFact;
use crate::syntax::{ExprId, ExprKind, PatId, PatKind, Stmt};

/// Macros that do not return.
const DIVERGING_MACROS: &[&str] = &["bail", "panic", "unreachable", "todo", "unimplemented"];

/// An element taken out of a value: the persons it is, the facts it has, and the new
/// person it is when it is one of many (`None` for the content of an `Option`).
#[derive(Clone)]
pub struct ElementOf {
    pub ids: Vec<Id>,
    pub facts: Vec<(GuardFact, Id)>,
    pub new: Option<Id>,
}

/// A branch walked: the facts it was entered with, and its value.
pub struct Branch {
    pub entry: Known,
    pub value: GVal,
    pub diverges: bool,
}

impl Walker<'_, '_> {
    /// Whether an expression never finishes normally: `return`, `break`, `continue`,
    /// `panic!`-like macros, and blocks, `if`s and `match`es made of them.
    fn diverges(&self, e: ExprId) -> bool {
        match &self.body.exprs[e as usize].kind {
            ExprKind::Return(_) | ExprKind::Break(_) | ExprKind::Continue => true,
            ExprKind::Macro { path, .. } => path.last().is_some_and(|n| DIVERGING_MACROS.contains(&n.as_str())),
            ExprKind::Block { stmts, tail, is_async: false } => {
                stmts.iter().any(|s| match s {
                    Stmt::Expr(e) => self.diverges(*e),
                    Stmt::Let { init, .. } => init.is_some_and(|i| self.diverges(i)),
                }) || tail.is_some_and(|t| self.diverges(t))
            }
            ExprKind::If { then, els: Some(els), .. } => self.diverges(*then) && self.diverges(*els),
            ExprKind::Match { arms, .. } => !arms.is_empty() && arms.iter().all(|a| self.diverges(a.body)),
            _ => false,
        }
    }

    /// Enters a branch taken when `cond` is `when`: its answer holds until the mark is reset.
    pub(crate) fn g_branch(&mut self, cond: ExprId, when: bool) -> (usize, Known) {
        let mark = self.g_mark();
        if !self.guards_on() {
            return (mark, Known::default());
        }
        let c = self.gval(cond);
        let entry = if when { c.t } else { c.f };
        self.g_assume(&entry);
        if let Some(g) = &mut self.g {
            g.cond += 1;
        }
        (mark, entry)
    }

    /// Leaves a branch entered with [`g_branch`](Self::g_branch) or [`g_enter`](Self::g_enter).
    pub(crate) fn g_leave(&mut self, mark: usize) {
        self.g_reset(mark);
        if let Some(g) = &mut self.g {
            g.cond = g.cond.saturating_sub(1);
        }
    }

    /// Enters a conditional scope (a match arm, a loop body, a closure) with `facts`.
    pub(crate) fn g_enter(&mut self, facts: &Known) -> usize {
        let mark = self.g_mark();
        self.g_assume(facts);
        if let Some(g) = &mut self.g {
            g.cond += 1;
        }
        mark
    }

    /// After an `if` or a `match`: its value is what its branches give, and the rest of
    /// the block has what every branch that does not exit was entered with.
    pub(crate) fn g_after_branches(&mut self, branches: Vec<Branch>) {
        if !self.guards_on() {
            return;
        }
        let mut value: Option<GVal> = None;
        let mut after: Option<Known> = None;
        for b in branches.into_iter().filter(|b| !b.diverges) {
            let mut v = b.value;
            v.under(&b.entry);
            match &mut value {
                Some(all) => all.either(&v),
                None => value = Some(v),
            }
            match &mut after {
                Some(k) => k.meet(&b.entry),
                None => after = Some(b.entry),
            }
        }
        if let Some(k) = after.filter(|k| !k.is_all()) {
            self.g_assume(&k);
        }
        self.g_here(value.unwrap_or_default());
    }

    /// A branch's record for [`g_after_branches`](Self::g_after_branches) (none when
    /// guards are off).
    pub(crate) fn g_branch_done(&self, entry: Known, body: Option<ExprId>) -> Option<Branch> {
        if !self.guards_on() {
            return None;
        }
        Some(match body {
            Some(b) => Branch { entry, value: self.gval(b), diverges: self.diverges(b) },
            None => Branch { entry, value: GVal::default(), diverges: false },
        })
    }

    /// What a match arm's pattern says of the value matched.
    pub(crate) fn g_pattern(&self, pat: PatId, scrutinee: ExprId) -> Known {
        match self.gref(scrutinee) {
            Some(v) if self.guards_on() => self.pattern_facts(pat, v),
            _ => Known::default(),
        }
    }

    /// The value of a block: its tail's, produced under the facts the block established.
    pub(crate) fn g_block_value(&mut self, tail: Option<ExprId>, mark: usize) {
        let Some(g) = &self.g else { return };
        let own = Known::of(g.active.get(mark..).map(<[_]>::to_vec).unwrap_or_default());
        let mut v = tail.map(|t| self.gval(t)).unwrap_or_default();
        v.under(&own);
        self.g_here(v);
    }

    /// `let PAT = init else { .. }`: past it, the pattern matched.
    pub(crate) fn g_let_else(&mut self, pat: PatId, init: ExprId, els: ExprId) {
        if self.guards_on() && self.diverges(els) {
            let facts = self.pattern_facts(pat, &self.gval(init));
            self.g_assume(&facts);
        }
    }

    /// Binds `p` to the value of `from` (the same person; a new one when it is nobody
    /// known), or to a new person.
    pub(crate) fn bind_value(
        &mut self,
        p: PatId,
        ty: crate::resolve::Ty,
        taint: crate::flow::taint::Taint,
        record: bool,
        from: Option<ExprId>,
    ) {
        if !self.guards_on() {
            return self.bind(p, ty, taint, record);
        }
        let mut v = from.map(|e| self.gval(e)).unwrap_or_default();
        // A value of nobody known is somebody new, unless its type cannot be a person
        // (a connection taken from a pool is not the person a guard is about).
        if v.ids.is_empty() && self.person_like(&ty) {
            v.ids = vec![self.fresh()];
        }
        self.bind_as(p, ty, taint, record, v);
    }

    /// Binds `p` to a value `v` says is about its persons.
    pub(crate) fn bind_as(
        &mut self,
        p: PatId,
        ty: crate::resolve::Ty,
        taint: crate::flow::taint::Taint,
        record: bool,
        v: GVal,
    ) {
        self.g_subject(v.clone());
        let n = self.locals.len();
        self.bind(p, ty, taint, record);
        let whole =
            matches!(self.body.pats[p as usize].kind, PatKind::Bind { .. } | PatKind::Typed { .. } | PatKind::Ref(_));
        let cond = self.g.as_ref().map_or(0, |g| g.cond);
        let part = GVal {
            held: v.held.clone(),
            elem: v.elem.clone(),
            elem_ids: v.elem_ids.clone(),
            ..GVal::about(v.ids.clone())
        };
        for l in &mut self.locals[n..] {
            let val = if whole { v.clone() } else { part.clone() };
            l.guard = LocalGuard { ids: v.ids.clone(), val: Some(Box::new(val)), cond };
        }
    }

    /// An element of `iter`'s collection, for a `for` loop or an element closure: a new
    /// person with what every element has. `Option`s and `Result`s give their content.
    pub(crate) fn element(&mut self, iter: ExprId, optional: bool) -> ElementOf {
        let it = self.gval(iter);
        if optional {
            return ElementOf { ids: it.ids, facts: it.held.list().to_vec(), new: None };
        }
        let x = self.fresh();
        let mut ids = vec![x];
        union_ids(&mut ids, &it.elem_ids);
        ElementOf { ids, facts: it.elem.iter().map(|&f| (f, x)).collect(), new: Some(x) }
    }

    /// Binds a `for` loop's pattern to an element of `iter`, inside the loop body.
    pub(crate) fn bind_element(
        &mut self,
        p: PatId,
        ty: crate::resolve::Ty,
        taint: crate::flow::taint::Taint,
        iter: ExprId,
    ) {
        if !self.guards_on() {
            return self.bind(p, ty, taint, true);
        }
        let e = self.element(iter, false);
        self.g_assume(&Known::of(e.facts.clone()));
        self.bind_as(p, ty, taint, true, GVal { held: Known::of(e.facts), ..GVal::about(e.ids) });
    }

    /// A closure's parameter `i`: the person the method calling it gives, or a new one.
    pub(crate) fn bind_closure_param(
        &mut self,
        i: usize,
        p: PatId,
        ty: crate::resolve::Ty,
        taint: crate::flow::taint::Taint,
    ) -> Option<Id> {
        if !self.guards_on() {
            self.bind(p, ty, taint, true);
            return None;
        }
        let hint = self.g.as_ref().and_then(|g| g.closure_params.as_ref()?.get(i).cloned());
        let e = hint.unwrap_or_else(|| {
            let x = self.fresh();
            ElementOf { ids: vec![x], facts: Vec::new(), new: Some(x) }
        });
        self.g_assume(&Known::of(e.facts.clone()));
        self.bind_as(p, ty, taint, true, GVal { held: Known::of(e.facts), ..GVal::about(e.ids) });
        e.new
    }

    /// Sets what the next closure's parameters are: elements of `recv` (or its content,
    /// for `Option` and `Result`).
    pub(crate) fn g_closure_params(&mut self, recv: Option<(ExprId, bool)>, n: usize) {
        if !self.guards_on() {
            return;
        }
        let params = match recv {
            Some((r, optional)) => (0..n).map(|_| self.element(r, optional)).collect(),
            None => Vec::new(),
        };
        if let Some(g) = &mut self.g {
            g.closure_params = Some(params);
        }
    }

    pub(crate) fn g_take_closure_params(&mut self) {
        if let Some(g) = &mut self.g {
            g.closure_params = None;
        }
    }

    /// A closure's value: what its body says, of its first parameter as "each element".
    pub(crate) fn g_closure_value(&mut self, body: ExprId, first: Option<Id>, mark: usize) {
        if !self.guards_on() {
            return;
        }
        let mut v = self.gval(body);
        let own = Known::of(self.g.as_ref().map(|g| g.active[mark.min(g.active.len())..].to_vec()).unwrap_or_default());
        v.under(&own);
        if let Some(x) = first {
            v.t = v.t.rename(x, ELEM);
            v.held = v.held.rename(x, ELEM);
            v.same.retain(|&i| i != x);
        }
        self.g_here(v);
    }

    /// `x = v`: `x` is now `v`'s person; what guards say of it is what they say of `v`
    /// and of what `x` held (the assignment may be in a branch that did not run).
    pub(crate) fn g_assign(&mut self, lhs: ExprId, rhs: ExprId) {
        if !self.guards_on() {
            return;
        }
        let ExprKind::Name(n) = &self.body.exprs[lhs as usize].kind else { return };
        let Some(i) = self.local(n) else { return };
        let mut v = self.gval(rhs);
        v.under(&self.g_active());
        let l = &mut self.locals[i].guard;
        let ids = std::mem::take(&mut v.ids);
        if let Some(old) = &l.val {
            v.either(old);
        }
        v.ids = ids.clone();
        l.ids = ids;
        l.val = Some(Box::new(v));
    }
}

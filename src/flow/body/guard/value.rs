//! What a value says: a guard's answer, the persons it is about, the facts its data was
//! produced under; through fields, operators, calls (guards, summaries) and std methods.

use super::facts::{union_ids, GVal, Id, Known};
use super::{of_elem, Walker};
use crate::flow::body::summary::GuardSummary;
use crate::flow::std_model::{ELEMENT_METHODS, SAME_METHODS};
use crate::flow::GuardFact;
use crate::policy::GuardId;
use crate::resolve::{DefId, Ty};
use crate::syntax::{ExprId, ExprKind, Lit, LogicOp};

/// `Option` and `Result` methods that give their content (or a default).
const UNWRAP: &[&str] = &["unwrap", "expect", "unwrap_or", "unwrap_or_default", "unwrap_or_else", "unwrap_unchecked"];

impl Walker<'_, '_> {
    /// What an expression's value says, from its parts (calls, blocks, branches and
    /// closures say it themselves, see [`Walker::g_here`]).
    pub(crate) fn derive(&mut self, id: ExprId, ty: &Ty) -> GVal {
        let body = self.body;
        match &body.exprs[id as usize].kind {
            ExprKind::Name(n) => match self.local(n) {
                Some(i) => {
                    let l = &self.locals[i].guard;
                    let mut v = l.val.as_deref().cloned().unwrap_or_default();
                    v.ids = l.ids.clone();
                    v
                }
                None if n == "None" => GVal { held: Known::all(), ok: Known::all(), ..GVal::default() },
                None => GVal::default(),
            },
            ExprKind::Lit(Lit::Bool(b)) => {
                let mut v = GVal::default();
                *(if *b { &mut v.f } else { &mut v.t }) = Known::all();
                v
            }
            ExprKind::Field { base, .. } => self.field_value(*base, ty),
            ExprKind::Ref(i) | ExprKind::Deref(i) | ExprKind::Await(i) | ExprKind::Cast { expr: i, .. } => {
                self.gval(*i)
            }
            ExprKind::Try(i) => {
                // Past `x?`, `x` was `Ok`.
                let mut v = self.gval(*i);
                let ok = std::mem::take(&mut v.ok);
                self.g_assume(&ok);
                v
            }
            ExprKind::Logic(op, es) => self.logic_value(*op, es),
            ExprKind::Tuple(es) | ExprKind::Array(es) => self.parts(es),
            ExprKind::Struct { fields, rest, .. } => {
                let parts: Vec<ExprId> = fields.iter().map(|(_, e)| *e).chain(*rest).collect();
                self.parts(&parts)
            }
            ExprKind::Macro { path, args, .. } => {
                let name = path.last().map(String::as_str).unwrap_or_default();
                if matches!(name, "ensure" | "assert") {
                    // Past `ensure!(c, ..)`, `c` held.
                    if let Some(&c) = args.first() {
                        let t = self.gval(c).t;
                        self.g_assume(&t);
                    }
                }
                self.parts(args)
            }
            ExprKind::Index { base, index } => {
                let key = self.ids_of(*index).to_vec();
                let ids = if key.is_empty() { vec![self.fresh()] } else { key };
                self.element_of(*base, ids)
            }
            ExprKind::Let { pat, expr } => {
                let v = self.gval(*expr);
                GVal { t: self.pattern_facts(*pat, &v), ..GVal::default() }
            }
            _ => GVal::default(),
        }
    }

    /// `base.field`: about the same person as `base`; a guard's answer when the field is one.
    fn field_value(&self, base: ExprId, ty: &Ty) -> GVal {
        let b = self.gval(base);
        let mut v = GVal { ids: b.ids.clone(), held: b.held, ..GVal::default() };
        if let Ty::Field(owner, i, _) = ty {
            if let Some(&g) = self.cx.policy.consent.fields.get(&(*owner, *i)) {
                answer(&mut v, g, &b.ids);
            }
        }
        v
    }

    fn logic_value(&self, op: LogicOp, es: &[ExprId]) -> GVal {
        let a = es.first().map(|&e| self.gval(e)).unwrap_or_default();
        let b = es.get(1).map(|&e| self.gval(e)).unwrap_or_default();
        let mut v = GVal::default();
        match op {
            LogicOp::Not => (v.t, v.f) = (a.f, a.t),
            LogicOp::And => {
                (v.t, v.f) = (a.t, a.f);
                v.t.join(&b.t);
                v.f.meet(&b.f);
                v.same = a.same;
                union_ids(&mut v.same, &b.same);
            }
            LogicOp::Or => {
                (v.t, v.f) = (a.t, a.f);
                v.t.meet(&b.t);
                v.f.join(&b.f);
            }
            LogicOp::Eq if !a.ids.is_empty() && !b.ids.is_empty() => {
                v.same = a.ids;
                union_ids(&mut v.same, &b.ids);
            }
            LogicOp::Eq => {}
        }
        v
    }

    /// A value built from parts: about their persons, its data produced under what all
    /// data parts were.
    fn parts(&self, es: &[ExprId]) -> GVal {
        let mut v = GVal::default();
        let mut first = true;
        for &e in es {
            let p = self.gval(e);
            union_ids(&mut v.ids, &p.ids);
            if p.data {
                if first {
                    v.held = p.held;
                    first = false;
                } else {
                    v.held.meet(&p.held);
                }
                v.data = true;
            }
        }
        v
    }

    /// An element of `base`'s collection, the person `ids`.
    fn element_of(&self, base: ExprId, mut ids: Vec<Id>) -> GVal {
        let b = self.gval(base);
        union_ids(&mut ids, &b.elem_ids);
        let held = Known::of(b.elem.iter().flat_map(|&f| ids.iter().map(move |&i| (f, i))).collect());
        GVal { ids, held, ..GVal::default() }
    }

    /// The persons a call is about: its arguments' (a method's other arguments when it
    /// has any, else its receiver's).
    pub(crate) fn call_subject(&self, args: &[ExprId], method: bool) -> Vec<Id> {
        let mut ids = Vec::new();
        let (recv, rest) = match (method, args.split_first()) {
            (true, Some((r, rest))) => (Some(*r), rest),
            _ => (None, args),
        };
        for &a in rest {
            union_ids(&mut ids, self.ids_of(a));
        }
        if ids.is_empty() {
            if let Some(r) = recv {
                ids = self.ids_of(r).to_vec();
            }
        }
        ids
    }

    /// A call of workspace functions `callees` (every possible one): a guard's answer, or
    /// what their summaries say, about the arguments. `args[0]` is a method's receiver.
    pub(crate) fn g_call(&mut self, callees: &[DefId], args: &[ExprId], method: bool) {
        if !self.guards_on() {
            return;
        }
        let ids = self.call_subject(args, method);
        let consent = &self.cx.policy.consent;
        if let Some(&g) = callees.iter().find_map(|c| consent.fns.get(c)) {
            let mut v = GVal::about(ids.clone());
            answer(&mut v, g, &ids);
            return self.g_here(v);
        }
        let mut v = GVal::about(ids);
        let summaries: Vec<GuardSummary> =
            callees.iter().filter_map(|c| self.cx.summaries.get(c)?.guard.as_deref().cloned()).collect();
        if summaries.len() == callees.len() && !summaries.is_empty() {
            let by = |p: Id| args.get(p as usize).map(|&a| self.ids_of(a).to_vec()).unwrap_or_default();
            let mut s = summaries[0].clone();
            for o in &summaries[1..] {
                s.t.meet(&o.t);
                s.f.meet(&o.f);
                s.ok.meet(&o.ok);
                s.held.meet(&o.held);
                s.elem.retain(|f| o.elem.contains(f));
            }
            v.t = s.t.map(by);
            v.f = s.f.map(by);
            v.ok = s.ok.map(by);
            v.held = s.held.map(by);
            v.elem = s.elem;
            for (p, elem) in &s.outs_elem {
                if let Some(&a) = args.get(*p as usize) {
                    self.narrow_elements(a, elem);
                }
            }
        }
        self.g_here(v);
    }

    /// A call of a function outside the workspace: a guard's answer when the policy names
    /// it, `Some(x)` and `Ok(x)` are `x` (present), `Err(_)` is never `Ok`.
    pub(crate) fn g_extern_call(&mut self, path: &str, args: &[ExprId]) {
        if !self.guards_on() {
            return;
        }
        let ids = self.call_subject(args, false);
        let last = crate::syntax::last_segment(path);
        let mut v = match (last, args.first()) {
            ("Some" | "Ok", Some(&x)) => {
                let x = self.gval(x);
                GVal { ok: Known::default(), same: Vec::new(), elem: Vec::new(), elem_ids: Vec::new(), ..x }
            }
            ("Err", _) => GVal { ok: Known::all(), ..GVal::about(ids.clone()) },
            _ => GVal::about(ids.clone()),
        };
        if let Some(&g) = self.cx.policy.consent.externs.get(path) {
            answer(&mut v, g, &ids);
        }
        self.g_here(v);
    }

    /// Facts every element of the collection `place` now has (`retain`, a helper that
    /// filters a `&mut Vec` in place), when it is declared outside the current branches.
    pub(crate) fn narrow_elements(&mut self, place: ExprId, elem: &[GuardFact]) {
        let Some(i) = self.place_root(place) else { return };
        let cond = self.g.as_ref().map_or(0, |g| g.cond);
        let l = &mut self.locals[i].guard;
        if l.cond != cond {
            return;
        }
        let v = l.val.get_or_insert_with(Box::default);
        for f in elem {
            if !v.elem.contains(f) {
                v.elem.push(*f);
            }
        }
        v.elem.sort_unstable();
    }

    /// A method of a type outside the workspace (std): what its result says.
    pub(crate) fn g_std_method(&mut self, recv: ExprId, method: &str, args: &[ExprId], recv_ty: &Ty) {
        if !self.guards_on() {
            return;
        }
        let r = self.gval(recv);
        let closure = args.first().map(|&a| self.gval(a)).unwrap_or_default();
        let optional = !is_collection(recv_ty);
        let v = match method {
            "filter" | "take_while" | "skip_while" => {
                let mut v = r;
                v.elem.extend(of_elem(&closure.t));
                v.elem.sort_unstable();
                v.elem.dedup();
                union_ids(&mut v.elem_ids, &closure.same);
                v
            }
            "retain" | "retain_mut" => {
                self.narrow_elements(recv, &of_elem(&closure.t));
                GVal::default()
            }
            "find" if !optional => {
                let mut ids = vec![self.fresh()];
                union_ids(&mut ids, &closure.same);
                let mut v = self.element_of(recv, ids);
                let found: Vec<(GuardFact, Id)> =
                    of_elem(&closure.t).into_iter().flat_map(|f| v.ids.iter().map(move |&i| (f, i))).collect();
                v.held.add(&found);
                v
            }
            "then" => {
                GVal { held: closure.held.clone(), ok: closure.held, ..GVal::about(closure.ids) }.under_owned(&r.t)
            }
            "then_some" => {
                let x = args.first().map(|&a| self.gval(a)).unwrap_or_default();
                GVal { ok: x.held.clone(), ..x }.under_owned(&r.t)
            }
            m if optional && (UNWRAP.contains(&m) || m == "ok" || m == "as_ref" || m == "as_deref") => {
                if matches!(m, "unwrap" | "expect") {
                    self.g_assume(&r.ok);
                }
                r
            }
            m if optional && crate::flow::std_model::MAPPING_CLOSURES.contains(&m) => {
                GVal { held: closure.held, ..GVal::about(r.ids) }.under_owned(&r.held)
            }
            m if crate::flow::std_model::MAPPING_CLOSURES.contains(&m) => {
                GVal { elem: of_elem(&closure.held), ..GVal::about(r.ids) }
            }
            m if ELEMENT_METHODS.contains(&m) && !optional => {
                let key = args.first().map(|&a| self.ids_of(a).to_vec()).unwrap_or_default();
                let ids = if key.is_empty() || method != "get" { vec![self.fresh()] } else { key };
                self.element_of(recv, ids)
            }
            m if SAME_METHODS.contains(&m) => r,
            _ => GVal { held: r.held, ..GVal::about(r.ids) },
        };
        self.g_here(v);
    }

    /// What a pattern matching the value `v` says: `true`, `Ok(true)`, `Some(_)`.
    pub(crate) fn pattern_facts(&self, p: crate::syntax::PatId, v: &GVal) -> Known {
        use crate::syntax::PatKind;
        match &self.body.pats[p as usize].kind {
            PatKind::Bool(true) => v.t.clone(),
            PatKind::Bool(false) => v.f.clone(),
            PatKind::TupleStruct { path, elems } if elems.len() == 1 => {
                match path.segments.last().map(|s| s.as_str()) {
                    Some("Ok" | "Some") => {
                        let mut k = v.ok.clone();
                        k.join(&self.pattern_facts(elems[0], v));
                        k
                    }
                    _ => Known::default(),
                }
            }
            PatKind::Typed { pat, .. } | PatKind::Ref(pat) | PatKind::Bind { sub: Some(pat), .. } => {
                self.pattern_facts(*pat, v)
            }
            PatKind::Or(cases) => {
                let mut all = cases.iter().map(|c| self.pattern_facts(*c, v));
                let first = all.next().unwrap_or_default();
                all.fold(first, |mut k, c| {
                    k.meet(&c);
                    k
                })
            }
            _ => Known::default(),
        }
    }
}

impl GVal {
    fn under_owned(mut self, facts: &Known) -> GVal {
        self.under(facts);
        self
    }
}

/// The value is guard `g`'s answer for `ids`.
fn answer(v: &mut GVal, g: GuardId, ids: &[Id]) {
    let facts = |value: bool| Known::of(ids.iter().map(|&i| (GuardFact { guard: g, value }, i)).collect());
    v.t.join(&facts(true));
    v.f.join(&facts(false));
}

/// Whether a value holds several (a collection or an iterator: its elements are persons
/// of their own) rather than one (`Option`, `Result`, a struct: the same person). The
/// flow models an `Option` of a workspace type as that type. Unknown types count as
/// collections: their elements learn nothing from them.
pub(crate) fn is_collection(ty: &Ty) -> bool {
    match ty.autoderef() {
        Ty::Slice(_) | Ty::Bounded(..) | Ty::Unknown => true,
        t @ Ty::Extern(..) => {
            super::COLLECTIONS.contains(&t.extern_name().unwrap_or_default())
                || matches!(t.extern_name(), Some("Rev" | "Peekable" | "Values" | "Keys" | "Drain" | "Chars" | "Lines"))
        }
        _ => false,
    }
}

//! Expressions: the type and taint of every expression, places and writes.

use super::describe::{describe, describe_val, first_known};
use super::Known;
use super::{Val, Walker};
use crate::flow::std_model::{PLACE_METHODS, SAME_METHODS, WRITING_MACROS};
use crate::flow::taint::{FieldSym, Label, Taint, WHOLE};
use crate::resolve::{DefKind, Res, Ty};
use crate::syntax::{Arm, ExprId, ExprKind, LogicOp, PatId, Stmt, Ty as WrittenTy, TyPath};
use smol_str::SmolStr;

impl Walker<'_, '_> {
    pub(super) fn expr(&mut self, id: ExprId) -> Val {
        let mut v = self.expr_kind(id);
        let body = self.body;
        let e = &body.exprs[id as usize];
        // Blocks, branches and loops only pass on what their parts produced.
        let container = matches!(
            e.kind,
            ExprKind::Block { .. }
                | ExprKind::If { .. }
                | ExprKind::Match { .. }
                | ExprKind::Loop { .. }
                | ExprKind::Closure { .. }
        );
        if v.ty.autoderef().extern_name() == Some("bool") {
            // A yes/no answer is a branch: no implicit flows.
            v.taint = Taint::default();
        }
        if !container {
            v.taint = self.typed_taint(&v.ty, v.taint, e.span, || describe(&e.kind));
        }
        self.g_finish(id, &v.ty, !v.taint.is_empty());
        if !container {
            self.touch(&v.taint, e.span, || describe_val(self.cx, &e.kind, &v.ty));
        }
        v
    }

    pub(super) fn exprs(&mut self, ids: &[ExprId]) -> Vec<Val> {
        ids.iter().map(|&e| self.expr(e)).collect()
    }

    pub(super) fn union_all(vals: &[Val]) -> Taint {
        let mut t = Taint::default();
        for v in vals {
            t.union(&v.taint);
        }
        t
    }

    /// The local a place expression (`x`, `x.f`, `*x`, `&mut x`) is rooted in.
    pub(super) fn place_root(&self, mut e: ExprId) -> Option<usize> {
        loop {
            match &self.body.exprs[e as usize].kind {
                ExprKind::Name(n) => return self.local(n),
                ExprKind::Field { base, .. } | ExprKind::Index { base, .. } => e = *base,
                ExprKind::Deref(inner) | ExprKind::Ref(inner) => e = *inner,
                ExprKind::MethodCall { receiver, method, .. }
                    if SAME_METHODS.contains(&&**method) || self.receiver_aliases.contains(receiver) =>
                {
                    e = *receiver
                }
                _ => return None,
            }
        }
    }

    /// The static a place expression (`G`, `*G.lock().unwrap()`, `G.borrow_mut()`) is rooted in.
    pub(super) fn place_static(&self, mut e: ExprId) -> Option<crate::resolve::DefId> {
        loop {
            match &self.body.exprs[e as usize].kind {
                ExprKind::Name(n) if self.local(n).is_some() => return None,
                path @ (ExprKind::Name(_) | ExprKind::Path(_)) => {
                    let (segments, global) = path_parts(path)?;
                    let Some(Res::Def(d)) = self.resolve_value_or_type(segments, global) else { return None };
                    return matches!(self.cx.prog.def(d).kind, DefKind::Static { .. }).then_some(d);
                }
                ExprKind::Field { base, .. } | ExprKind::Index { base, .. } => e = *base,
                ExprKind::Deref(inner) | ExprKind::Ref(inner) => e = *inner,
                ExprKind::MethodCall { receiver, method, .. }
                    if SAME_METHODS.contains(&&**method) || PLACE_METHODS.contains(&&**method) =>
                {
                    e = *receiver
                }
                _ => return None,
            }
        }
    }

    /// Data written into a place: the local (and, for a parameter, the summary) carries it.
    pub(super) fn write(&mut self, place: ExprId, taint: &Taint) {
        if taint.is_empty() {
            return;
        }
        if !self.cx.prog.statics.is_empty() {
            self.write_globals(place, taint);
        }
        let Some(i) = self.place_root(place) else { return };
        // `x.field = v` keeps field sensitivity for a direct field of a local.
        let part = match &self.body.exprs[place as usize].kind {
            ExprKind::Field { base, name } if self.place_root(*base) == Some(i) => {
                matches!(self.body.exprs[*base as usize].kind, ExprKind::Name(_) | ExprKind::Path(_))
                    .then(|| self.sym(name))
            }
            _ => None,
        };
        let mut add = Taint::default();
        match part {
            Some(f) => add.set_field(f, taint),
            None => {
                add.union(taint);
            }
        }
        let local = &mut self.locals[i];
        if local.taint.union(&add) {
            self.grew = true;
        }
        if let Some(p) = local.param {
            let mut own = add.clone();
            own.retain(|l| *l != Label::Param(p, WHOLE, WHOLE));
            if !own.is_empty() {
                match self.out.summary.outs.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, t)) => {
                        t.union(&own);
                    }
                    None => {
                        self.out.summary.outs.push((p, own));
                        self.out.summary.outs.sort_by_key(|(q, _)| *q);
                    }
                }
            }
        }
    }

    /// The value is read by this function (formatted, compared, given to code
    /// outside the workspace...): the parameters it comes from are used.
    pub(super) fn consume(&mut self, taint: &Taint) {
        for l in taint.flatten() {
            if let Label::Param(i, f, _) = l {
                self.use_param(i, f);
            }
        }
    }

    pub(super) fn use_param(&mut self, i: u16, f: FieldSym) {
        if let Some(u) = self.out.summary.uses.get_mut(i as usize) {
            if f == WHOLE {
                u.0 = true;
            } else if let Err(at) = u.1.binary_search(&f) {
                u.1.insert(at, f);
            }
        }
    }

    pub(super) fn expr_kind(&mut self, id: ExprId) -> Val {
        let body = self.body;
        let e = &body.exprs[id as usize];
        match &e.kind {
            ExprKind::Name(n) => self.path(std::slice::from_ref(n), false, e.span),
            ExprKind::Path(p) => self.path(&p.segments, p.global, e.span),
            ExprKind::Lit(_) => Val::unknown(),
            ExprKind::Call { func, args } => {
                let fv = self.expr(*func);
                let arg_vals = self.exprs(args);
                if let Some(v) = self.db_call(*func, &fv, args, &arg_vals, e.span) {
                    return v;
                }
                self.call(fv, args, arg_vals, e.span)
            }
            ExprKind::MethodCall { receiver, method, args } => {
                let rv = self.expr(*receiver);
                if let Some(v) = self.db_method(&rv, method, args, e.span) {
                    return v;
                }
                self.method_call(*receiver, rv, method, args, e.span)
            }
            ExprKind::Field { base, name } => self.field(base, name),
            ExprKind::Struct { path, fields, rest } => {
                let mut v = self.struct_lit(path, fields, rest);
                if v.ty == Ty::Unknown {
                    v.ty = self.db_struct(path).unwrap_or(Ty::Unknown);
                }
                v
            }
            ExprKind::Tuple(es) => {
                let vals = self.exprs(es);
                let mut taint = Taint::default();
                for (i, v) in vals.iter().enumerate() {
                    taint.set_field(self.sym(&i.to_string()), &v.taint);
                }
                Val::of(Ty::Tuple(vals.into_iter().map(|v| v.ty).collect()).capped(), taint)
            }
            ExprKind::Array(es) => {
                let vals = self.exprs(es);
                let taint = Self::union_all(&vals);
                Val::of(Ty::Slice(Box::new(first_known(vals.into_iter().map(|v| v.ty)))), taint)
            }
            ExprKind::Block { stmts, tail, .. } => self.block(stmts, tail),
            ExprKind::If { cond, then, els } => self.if_else(cond, then, els),
            ExprKind::Let { pat, expr } => {
                // `if let` bindings stay visible in the `then` block: the
                // enclosing `If` scope pops them.
                let v = self.expr(*expr);
                self.bind_value(*pat, v.ty, v.taint, false, Some(*expr));
                Val::unknown()
            }
            ExprKind::Match { scrutinee, arms } => self.match_arms(scrutinee, arms),
            ExprKind::For { pat, iter, body: b } => self.for_loop(*pat, *iter, *b),
            ExprKind::Loop { cond, body: b } => {
                let mark = self.g_enter(&Known::default());
                self.looping(|w| {
                    if let Some(c) = cond {
                        w.expr(*c);
                        // `while c { .. }`: the body runs when `c` holds.
                        let t = w.gval(*c).t;
                        w.g_assume(&t);
                    }
                    w.expr(*b);
                });
                self.g_leave(mark);
                Val::unknown()
            }
            ExprKind::Closure { params, body: b } => self.closure(params, b),
            ExprKind::Ref(inner) => {
                let v = self.expr(*inner);
                Val::of(Ty::Ref(Box::new(v.ty)), v.taint)
            }
            ExprKind::Deref(inner) => {
                let v = self.expr(*inner);
                let ty = match v.ty {
                    Ty::Ref(i) => *i,
                    other => other.autoderef().clone(),
                };
                Val::of(ty, v.taint)
            }
            ExprKind::Arith(es) => {
                let vals = self.exprs(es);
                let taint = Self::union_all(&vals).flattened().without_cells();
                self.consume(&taint);
                Val::of(first_known(vals.into_iter().map(|v| v.ty)), taint)
            }
            ExprKind::Compare(es) => {
                let vals = self.exprs(es);
                self.consume(&Self::union_all(&vals));
                Val::unknown()
            }
            ExprKind::Logic(op, es) => self.logic(*op, es),
            ExprKind::Assign { lhs, rhs, compound } => self.assign(lhs, rhs, compound),
            ExprKind::Try(inner) => self.try_op(inner),
            ExprKind::Await(inner) => {
                // A dependency's `async fn` or `impl Future<Output = T>` gives `T`.
                let v = self.expr(*inner);
                let v = self.channel_await(v, e.span);
                let ty = v.ty.map_marked(|t| match t.autoderef() {
                    Ty::Extern(p, args) if &**p == "Future" => args.first().cloned().unwrap_or(Ty::Unknown),
                    // `Pin<Box<dyn Future<Output = T> + Send>>` (`#[async_trait]`, `BoxFuture`).
                    Ty::Bounded(_, args) if args.len() == 1 => args[0].clone(),
                    _ => t.clone(),
                });
                Val::of(ty, v.taint)
            }
            ExprKind::Return(inner) => {
                if let Some(i) = inner {
                    let v = self.expr(*i);
                    self.out.summary.ret.union(&v.taint);
                }
                self.g_return(*inner);
                Val::unknown()
            }
            ExprKind::Break(inner) => {
                if let Some(i) = inner {
                    self.expr(*i);
                }
                Val::unknown()
            }
            ExprKind::Continue => Val::unknown(),
            ExprKind::Cast { expr, ty } => {
                let v = self.expr(*expr);
                Val::of(self.cx.prog.lower_ty(self.module, ty, &[], self.self_ty.as_ref()), v.taint)
            }
            ExprKind::Index { base, index } => self.index(base, index),
            ExprKind::Macro { path, args, formats } => match self.db_macro(path, args, e.span) {
                Some(v) => v,
                None => self.macro_call(path, args, formats, e.span),
            },
            ExprKind::Other(es) => {
                let vals = self.exprs(es);
                Val::of(Ty::Unknown, Self::union_all(&vals).flattened().without_cells())
            }
        }
    }

    fn for_loop(&mut self, pat: PatId, iter: ExprId, b: ExprId) -> Val {
        let it = self.expr(iter);
        let it = self.channel_iter(it, self.body.exprs[iter as usize].span);
        let mark = self.g_enter(&Known::default());
        self.looping(|w| {
            w.bind_element(pat, it.ty.element(), it.taint.clone(), iter);
            w.expr(b);
        });
        self.g_leave(mark);
        Val::of(Ty::Tuple(Vec::new()), Taint::default())
    }

    pub(super) fn path(&mut self, segments: &[SmolStr], global: bool, span: crate::syntax::Span) -> Val {
        if let ([name], false) = (segments, global) {
            if let Some(i) = self.local(name) {
                let l = &self.locals[i];
                return Val::of(l.ty.clone(), l.taint.clone());
            }
        }
        let prog = self.cx.prog;
        let res = self.resolve_value_or_type(segments, global);
        if let Some(Res::Def(d)) = res {
            if let Some(v) = self.db_path(d, span) {
                return v;
            }
        }
        let ty = match res {
            Some(Res::Def(d)) => match &prog.def(d).kind {
                DefKind::Fn(_) => Ty::FnItem(d),
                DefKind::Const(t) => prog.lower_ty(prog.def(d).module, t, &[], None),
                DefKind::Static { .. } => return self.global_read(d, span),
                DefKind::Adt { .. } => Ty::Adt(d, Vec::new()),
                DefKind::Variant { parent, .. } => Ty::Adt(*parent, Vec::new()),
                _ => Ty::Unknown,
            },
            Some(Res::External(path)) => Ty::Extern(["{fn}", &*path].concat().into(), Vec::new()),
            _ => Ty::Unknown,
        };
        Val::of(ty, Taint::default())
    }

    fn field(&mut self, base: &ExprId, name: &str) -> Val {
        let bv = self.expr(*base);
        let f = self.sym(name);
        let params: Vec<u16> = bv
            .taint
            .labels()
            .iter()
            .filter_map(|l| match l {
                Label::Param(i, WHOLE, WHOLE) => Some(*i),
                _ => None,
            })
            .collect();
        for i in params {
            self.use_param(i, f);
        }
        let ty = self.cx.prog.field(&bv.ty, name).map(|(t, _)| t).unwrap_or(Ty::Unknown);
        let mut taint = bv.taint.field(f);
        if let Ty::Adt(d, _) = bv.ty.autoderef() {
            self.field_chans(*d, f, &ty, &mut taint);
        }
        Val::of(ty, taint)
    }

    fn struct_lit(&mut self, path: &TyPath, fields: &[(String, ExprId)], rest: &Option<ExprId>) -> Val {
        let mut taint = Taint::default();
        let mut tys = Vec::with_capacity(fields.len());
        for (name, f) in fields {
            let v = self.expr(*f);
            taint.set_field(self.sym(name), &v.taint);
            tys.push(v.ty);
        }
        let prog = self.cx.prog;
        let res = self.resolve_value_or_type(&path.segments, path.global);
        if let Some(r) = rest {
            // `..draft` brings the fields not written here: field by field when the
            // struct's fields are known (a parameter's taint is then taken per field).
            let v = self.expr(*r);
            let written: Vec<FieldSym> = fields.iter().map(|(name, _)| self.sym(name)).collect();
            let known = match res {
                Some(Res::Def(d)) => prog.fields.get(&d),
                _ => None,
            };
            match known {
                Some(all) => {
                    for f in all.iter().map(|(n, _)| self.sym(n)).filter(|f| *f != WHOLE && !written.contains(f)) {
                        taint.set_field(f, &v.taint.field(f));
                    }
                }
                None => {
                    taint.union(&v.taint.without_fields(&written));
                }
            }
        }
        let ty = match res {
            Some(Res::Def(d)) => match &prog.def(d).kind {
                DefKind::Adt { .. } => Ty::Adt(d, self.literal_args(d, fields, tys)).capped(),
                DefKind::Variant { parent, .. } => Ty::Adt(*parent, self.literal_args(d, fields, tys)).capped(),
                DefKind::Alias { .. } => prog.alias_target(d),
                _ => Ty::Unknown,
            },
            _ => Ty::Unknown,
        };
        if let (Ty::Adt(d, _), true) = (&ty, taint.has_cells()) {
            self.store_field_chans(*d, &taint);
        }
        Val::of(ty, taint)
    }

    /// The generic arguments of a struct or enum built (through its variant) by the literal
    /// of struct or variant `d` whose `fields` hold values of types `tys`: a field declared
    /// as a generic parameter gives it its value's type (`Labelled { inner: member }` is a
    /// `Labelled<Member>`); the others are unknown.
    fn literal_args(&self, d: crate::resolve::DefId, fields: &[(String, ExprId)], tys: Vec<Ty>) -> Vec<Ty> {
        let Some(declared) = self.cx.prog.fields.get(&d) else { return Vec::new() };
        let generic: Vec<(&str, u32)> = declared
            .iter()
            .filter_map(|(n, t)| match t {
                Ty::Generic(i) => Some((n.as_str(), *i)),
                _ => None,
            })
            .collect();
        let mut args = Vec::new();
        if generic.is_empty() {
            return args;
        }
        for ((name, _), ty) in fields.iter().zip(tys) {
            if let Some(&(_, i)) = generic.iter().find(|(n, _)| n == name) {
                let i = i as usize;
                if args.len() <= i {
                    args.resize(i + 1, Ty::Unknown);
                }
                args[i] = ty.unmarked();
            }
        }
        args
    }

    fn block(&mut self, stmts: &[Stmt], tail: &Option<ExprId>) -> Val {
        self.block_scope(|w| {
            let mark = w.g_mark();
            for s in stmts {
                match s {
                    Stmt::Let { pat, ty, init, els } => {
                        let it = init.map(|i| w.expr(i)).unwrap_or_else(Val::unknown);
                        if let Some(e) = els {
                            w.expr(*e);
                        }
                        let declared = ty
                            .as_ref()
                            .map(|t| w.cx.prog.lower_ty(w.module, t, &[], w.self_ty.as_ref()))
                            .filter(|t| *t != Ty::Unknown);
                        // A declared classified type is present from the binding on.
                        let record = declared.is_some();
                        w.bind_value(*pat, declared.unwrap_or(it.ty), it.taint, record, *init);
                        if let (Some(i), Some(e)) = (init, els) {
                            w.g_let_else(*pat, *i, *e);
                        }
                    }
                    Stmt::Expr(e) => {
                        w.expr(*e);
                    }
                }
            }
            let v = tail.map(|t| w.expr(t)).unwrap_or_else(|| Val::of(Ty::Tuple(Vec::new()), Taint::default()));
            w.g_block_value(*tail, mark);
            v
        })
    }

    fn match_arms(&mut self, scrutinee: &ExprId, arms: &[Arm]) -> Val {
        let sv = self.expr(*scrutinee);
        let mut result = Val::unknown();
        let mut branches = Vec::new();
        self.branch_depth += 1;
        for arm in arms {
            let v = self.block_scope(|w| {
                w.bind_value(arm.pat, sv.ty.clone(), sv.taint.clone(), false, Some(*scrutinee));
                let mut entry = w.g_pattern(arm.pat, *scrutinee);
                let mark = w.g_enter(&entry);
                if let Some(g) = arm.guard {
                    w.expr(g);
                    let t = w.gval(g).t;
                    w.g_assume(&t);
                    entry.join(&t);
                }
                let v = w.expr(arm.body);
                branches.extend(w.g_branch_done(entry, Some(arm.body)));
                w.g_leave(mark);
                v
            });
            if result.ty == Ty::Unknown {
                result.ty = v.ty;
            }
            result.taint.union(&v.taint);
        }
        self.branch_depth -= 1;
        self.g_after_branches(branches);
        result
    }

    fn closure(&mut self, params: &[(PatId, Option<WrittenTy>)], b: &ExprId) -> Val {
        let hint = self.closure_hint.take().unwrap_or_default();
        self.branch_depth += 1;
        let ret = self.block_scope(|w| {
            let mark = w.g_enter(&Known::default());
            let mut first = None;
            for (i, (p, written)) in params.iter().enumerate() {
                let given = hint.get(i).cloned().unwrap_or_else(Val::unknown);
                let ty = match written {
                    Some(t) => w.cx.prog.lower_ty(w.module, t, &[], w.self_ty.as_ref()),
                    None => given.ty,
                };
                let id = w.bind_closure_param(i, *p, ty, given.taint);
                if i == 0 {
                    first = id;
                }
            }
            w.g_take_closure_params();
            let ret = w.expr(*b);
            w.g_closure_value(*b, first, mark);
            w.g_leave(mark);
            ret
        });
        self.branch_depth -= 1;
        Val::of(Ty::Extern("{closure}".into(), vec![ret.ty]), ret.taint)
    }

    fn assign(&mut self, lhs: &ExprId, rhs: &ExprId, compound: &bool) -> Val {
        let body = self.body;
        let v = self.expr(*rhs);
        self.expr(*lhs);
        if !compound {
            self.g_assign(*lhs, *rhs);
        }
        // `x = v` replaces what `x` held (a strong update) unless it is in a loop or in
        // conditional code that `x` was declared outside of: its taint, and the mark of a
        // classified field it was read from (its type stays as declared).
        if let ExprKind::Name(n) = &body.exprs[*lhs as usize].kind {
            if !compound {
                if let Some(i) = self.local(n) {
                    let here = (self.loop_depth, self.branch_depth);
                    if self.locals[i].param.is_none() && self.locals[i].depth == here {
                        let l = &mut self.locals[i];
                        l.taint = Taint::default();
                        l.ty = l.ty.unmarked();
                    }
                }
            }
        }
        self.write(*lhs, &v.taint);
        Val::of(Ty::Tuple(Vec::new()), Taint::default())
    }

    fn macro_call(&mut self, path: &[String], args: &[ExprId], formats: &[u8], span: crate::syntax::Span) -> Val {
        let mut vals = self.exprs(args);
        let name = path.last().map(String::as_str).unwrap_or_default();
        // `dbg!(x)` gives `x` back, and prints it.
        let given_back = match (name, vals.as_slice()) {
            ("dbg", [one]) => Some(one.clone()),
            _ => None,
        };
        // A struct formatted whole (`format!("{:?}", member)`, `info!(?member)`) prints
        // what its workspace `Display` or `Debug` impl writes, else its classified fields.
        if crate::syntax::macros::FORMAT_MACROS.contains(&name) || name == "dbg" {
            for (i, v) in vals.iter_mut().enumerate() {
                self.printed(args[i], v, formats.get(i).copied().unwrap_or(0), span);
            }
        }
        if WRITING_MACROS.contains(&name) {
            if let Some(first) = args.first() {
                let t = Self::union_all(&vals[1..]).flattened();
                self.write(*first, &t);
            }
        }
        let taint = Self::union_all(&vals);
        if name != "vec" {
            self.consume(&taint);
        }
        if let Some(v) = given_back {
            // What it prints (with `Debug`) is present here; what it gives back is the value as it was.
            self.touch(&taint.flattened(), span, || "printed by `dbg!`".into());
            return v;
        }
        let taint = if name == "vec" { taint } else { taint.flattened().without_cells() };
        let ty = match name {
            "vec" => Ty::Extern("Vec".into(), vec![first_known(vals.into_iter().map(|v| v.ty))]),
            "format" => Ty::Extern("String".into(), Vec::new()),
            _ => Ty::Unknown,
        };
        Val::of(ty, taint)
    }

    fn if_else(&mut self, cond: &ExprId, then: &ExprId, els: &Option<ExprId>) -> Val {
        let mut branches = Vec::new();
        self.branch_depth += 1;
        let v = self.block_scope(|w| {
            // No implicit flows: the condition taints nothing.
            w.expr(*cond);
            let (mark, entry) = w.g_branch(*cond, true);
            let t = w.expr(*then);
            branches.extend(w.g_branch_done(entry, Some(*then)));
            w.g_leave(mark);
            let (mark, entry) = w.g_branch(*cond, false);
            let e = els.map(|e| w.expr(e)).unwrap_or_else(Val::unknown);
            branches.extend(w.g_branch_done(entry, *els));
            w.g_leave(mark);
            let mut taint = t.taint.clone();
            taint.union(&e.taint);
            let ty = if t.ty == Ty::Unknown || t.ty == Ty::Tuple(Vec::new()) { e.ty } else { t.ty };
            Val::of(ty, taint)
        });
        self.branch_depth -= 1;
        self.g_after_branches(branches);
        v
    }

    /// `!a`, `a && b` (`b` runs when `a` holds), `a || b` (when it does not), `a == b`:
    /// the result carries nothing.
    fn logic(&mut self, op: LogicOp, es: &[ExprId]) -> Val {
        let mut vals = Vec::new();
        if let (LogicOp::And | LogicOp::Or, [a, b]) = (op, es) {
            vals.push(self.expr(*a));
            let (mark, _) = self.g_branch(*a, op == LogicOp::And);
            vals.push(self.expr(*b));
            self.g_leave(mark);
        } else {
            vals = self.exprs(es);
        }
        self.consume(&Self::union_all(&vals));
        Val::unknown()
    }

    fn index(&mut self, base: &ExprId, index: &ExprId) -> Val {
        let b = self.expr(*base);
        self.expr(*index);
        let ty = b.ty.map_marked(|t| match t.autoderef() {
            Ty::Extern(_, args) if matches!(t.autoderef().extern_name(), Some("HashMap" | "BTreeMap" | "IndexMap")) => {
                args.get(1).cloned().unwrap_or(Ty::Unknown)
            }
            inner => inner.element(),
        });
        Val::of(ty, b.taint)
    }

    fn try_op(&mut self, inner: &ExprId) -> Val {
        let v = self.expr(*inner);
        let ty = v.ty.map_marked(|t| match t {
            Ty::Extern(_, args) if matches!(t.extern_name(), Some("Result" | "Option" | "Poll")) => {
                args.first().cloned().unwrap_or(Ty::Unknown)
            }
            // The std model gives some `Option`s as their content (`map.get(k)`).
            Ty::Adt(..) | Ty::Extern(..) if !matches!(t.extern_name(), Some("{closure}")) => t.clone(),
            _ => Ty::Unknown,
        });
        Val::of(ty, v.taint)
    }
}

/// The segments of a path expression (one for a [`ExprKind::Name`]) and whether it starts
/// with `::`.
pub(super) fn path_parts(kind: &ExprKind) -> Option<(&[SmolStr], bool)> {
    match kind {
        ExprKind::Name(n) => Some((std::slice::from_ref(n), false)),
        ExprKind::Path(p) => Some((&p.segments, p.global)),
        _ => None,
    }
}

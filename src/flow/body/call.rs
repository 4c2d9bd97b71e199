//! Calls: applying callee summaries at call sites, flows into code with a purpose,
//! sinks for callers, and the model of methods of types outside the workspace.

use super::summary::{Call, Crossing, Sink, Summary, TraceParts, UseGuard, Via};
use super::{Val, Walker};
use crate::diag::StepKind;
use crate::flow::std_model::*;
use crate::flow::taint::{Label, Taint, WHOLE};
use crate::policy::PurposeDecl;
use crate::resolve::{DefId, Ty};
use crate::syntax::{ExprId, ExprKind, Span};
use std::sync::Arc;

/// A callee's full path, shared by the steps, crossings and sinks that name it, and whether
/// the receiver's type was unknown (every implementation taken).
pub(super) type Named<'n> = (&'n Arc<str>, bool);

impl Walker<'_, '_> {
    pub(super) fn call(&mut self, fv: Val, arg_ids: &[ExprId], args: Vec<Val>, span: Span) -> Val {
        match fv.ty {
            Ty::FnItem(d) => {
                let guards = self.call_guards(arg_ids);
                self.out.calls.push(Call { callee: d, span, all_impls: false, args: guards });
                let ret = self.cx.prog.fn_info(d).map(|f| f.ret.clone()).unwrap_or(Ty::Unknown);
                let ret = self.declassified(&[d], ret);
                let ret = self.db_returned(d, ret);
                let taint = self.apply(&[d], arg_ids, &args, span, None);
                let taint =
                    if self.cx.policy.no_propagation(&self.cx.prog.def(d).path) { Taint::default() } else { taint };
                self.g_call(&[d], arg_ids, false);
                Val::of(ret, taint)
            }
            // Tuple struct and tuple variant constructors.
            Ty::Adt(d, _) => {
                let mut taint = Taint::default();
                for (i, a) in args.iter().enumerate() {
                    taint.set_field(self.sym(&i.to_string()), &a.taint);
                }
                Val::of(Ty::Adt(d, Vec::new()), taint)
            }
            Ty::Extern(ref name, ref inner) if &**name == "{closure}" => {
                let mut taint = fv.taint.clone();
                taint.union(&Self::union_all(&args));
                Val::of(inner.first().cloned().unwrap_or(Ty::Unknown), taint)
            }
            Ty::Extern(ref name, _) => {
                let path = name.trim_start_matches("{fn}").to_string();
                let dep = self.cx.prog.deps.function(&path);
                let mut keys = vec![path.clone()];
                keys.extend(dep.iter().flat_map(|d| d.keys.iter().cloned()));
                let opaque: Vec<Val> = args.iter().map(|a| self.opaque_use(a)).collect();
                self.extern_call(&keys, arg_ids, &opaque, span);
                // What it makes of a whole struct (`serde_json::to_string(&member)`) holds
                // its classified fields, when its signature says it gives back no workspace
                // data (whose parts stay apart) or, unindexed, it is a serializer.
                let serializes = SERIALIZING_FNS.contains(&crate::syntax::last_segment(&path));
                let args = match &dep {
                    Some(d) if !holds_adt(&d.ret, 0) => opaque,
                    None if serializes => opaque,
                    _ => args,
                };
                self.g_extern_call(&path, arg_ids);
                if let Some(v) = self.channel_ctor(&path, &args, span) {
                    return v;
                }
                if !keys.iter().any(|k| self.cx.extern_purposes.contains_key(k)) {
                    self.consume(&Self::union_all(&args));
                }
                let last = crate::syntax::last_segment(&path);
                // `Arc::clone(&x)`, `Rc::clone(&x)`, `Clone::clone(&x)`: a copy of `x`, its
                // type and its parts.
                if last == "clone" && args.len() == 1 {
                    let Some(v) = args.into_iter().next() else { return Val::unknown() };
                    let ty = match v.ty {
                        Ty::Ref(inner) => *inner,
                        other => other,
                    };
                    return Val::of(ty, v.taint);
                }
                // `Arc::new(x)`, `Mutex::new(x)`: the wrapper is transparent, `x`'s parts stay apart
                // (and channel ends in its fields stay where they are).
                // The owner is split out only for constructors (for every call it cost 1% of the flow).
                let ctor = matches!(last, "new" | "from" | "pin");
                let owner = if ctor { path.rsplit("::").nth(1).unwrap_or_default() } else { "" };
                let wraps = last == "new" && args.len() == 1 && CONTAINER_CTORS.contains(&owner);
                let taint = if self.cx.policy.no_propagation(&path) {
                    Taint::default()
                } else if wraps && args[0].taint.has_cells() {
                    args[0].taint.clone()
                } else {
                    // `Some(tx)`, `Box::new(tx)` are still the channel's end; other results are not.
                    let t = Self::union_all(&args).flattened();
                    let keeps = matches!(last, "Some" | "Ok" | "Err") || (ctor && CONTAINER_CTORS.contains(&owner));
                    if keeps {
                        t
                    } else {
                        t.without_cells()
                    }
                };
                let arg = args.into_iter().next().map(|v| v.ty).unwrap_or(Ty::Unknown);
                let ty = match last {
                    "Some" => Ty::Extern("Option".into(), vec![arg]),
                    "Ok" => Ty::Extern("Result".into(), vec![arg, Ty::Unknown]),
                    "Err" => Ty::Extern("Result".into(), vec![Ty::Unknown, arg]),
                    "new" | "from" | "pin" if CONTAINER_CTORS.contains(&owner) => Ty::Extern(owner.into(), vec![arg]),
                    _ => match dep {
                        Some(d) => d.ret,
                        // A std function the model does not know: what `rust-src` declares.
                        None => self.cx.prog.deps.std_function(&path, &arg).map_or(Ty::Unknown, |d| d.ret),
                    },
                };
                Val::of(ty, taint)
            }
            // A closure or function value of unknown body (`Box<dyn Fn() -> String>`, a
            // `fn` pointer): its result depends on every argument and on what the value
            // itself carries (what the closure captured, what made it).
            _ => {
                let mut taint = Self::union_all(&args);
                taint.union(&fv.taint);
                Val::of(Ty::Unknown, taint.flattened().without_cells())
            }
        }
    }

    /// What guards answered for each argument of a call (none without consent rules).
    pub(super) fn call_guards(&self, arg_ids: &[ExprId]) -> Vec<UseGuard> {
        if !self.guards_on() {
            return Vec::new();
        }
        arg_ids.iter().map(|&a| self.arg_guard(a)).collect()
    }

    /// A call to a function outside the workspace that `[functions]` gives a purpose
    /// under one of the paths `keys` (as written, then the defining paths).
    pub(super) fn extern_call(&mut self, keys: &[String], arg_ids: &[ExprId], args: &[Val], span: Span) {
        let Some((path, decl)) = keys.iter().find_map(|k| self.cx.extern_purposes.get(k).cloned()) else {
            return;
        };
        for (i, a) in args.iter().enumerate() {
            let at = arg_ids.get(i).map_or(span, |&e| self.body.exprs[e as usize].span);
            self.cross(&a.taint.flatten(), (&path, false), &decl, at, arg_ids.get(i).copied());
        }
    }

    /// Records `c`, unless this walk recorded the same fact along another way.
    fn record_crossing(&mut self, c: Crossing) {
        let kept = self.crossed.entry(c.fact_hash()).or_default();
        if kept.iter().any(|&i| self.out.crossings[i as usize].same_fact(&c)) {
            return;
        }
        kept.push(self.out.crossings.len() as u32);
        self.out.crossings.push(c);
    }

    /// Data passed (as `labels`, the value of `arg`) into `callee`, whose purpose is `decl`;
    /// `callee` is named with whether the receiver's type was unknown (every implementation
    /// taken).
    pub(super) fn cross(
        &mut self,
        labels: &[Label],
        (callee, unknown_receiver): Named<'_>,
        decl: &Arc<PurposeDecl>,
        at: Span,
        arg: Option<ExprId>,
    ) {
        if !labels.iter().any(|l| matches!(l, Label::Src(_) | Label::Param(..))) {
            return;
        }
        let guard = arg.map(|a| self.arg_guard(a)).unwrap_or_default();
        // The same step for every label.
        let kind = StepKind::PassedToPurpose {
            callee: callee.clone(),
            unknown_receiver,
            purposes: decl.purposes.as_slice().into(),
        };
        let hop = self.hop(at, kind);
        for l in labels {
            match *l {
                Label::Src(c) => {
                    let hop = hop.clone();
                    let prefix = self.src_trace.get(&c).cloned().unwrap_or_default();
                    self.record_crossing(Crossing {
                        reported_in: self.f,
                        class: c,
                        span: at,
                        callee: callee.clone(),
                        purpose: decl.clone(),
                        through: Vec::new(),
                        trace: TraceParts { prefix, hop, via: Via::default() },
                        guard: guard.clone(),
                    });
                }
                Label::Param(p, f, g) => {
                    let via = Via::one(hop.clone());
                    self.add_sink(Sink {
                        param: p,
                        field: [f, g],
                        callee: callee.clone(),
                        purpose: decl.clone(),
                        reported_in: self.f,
                        span: at,
                        via,
                        through: Vec::new(),
                        facts: guard.facts.clone(),
                    });
                }
                Label::Chan(..) | Label::Global(_) => {}
            }
        }
    }

    pub(super) fn add_sink(&mut self, s: Sink) {
        self.out.summary.add_sink(s);
    }

    /// Applies the summaries of the possible callees at a call: boundary checks
    /// for callees with a purpose, what comes back, what is written into `&mut`
    /// arguments, and sinks further down. `args[0]` is the receiver for methods.
    /// `method` is `Some(all_impls)` for method calls: whether the receiver's type
    /// was unknown and every workspace implementation was taken.
    pub(super) fn apply(
        &mut self,
        callees: &[DefId],
        arg_ids: &[ExprId],
        args: &[Val],
        span: Span,
        method: Option<bool>,
    ) -> Taint {
        let unknown_receiver = method == Some(true);
        let method = method.is_some();
        let cx = self.cx;
        let taints: Vec<Taint> = args.iter().map(|a| a.taint.clone()).collect();
        self.bind_channels(callees, &taints);
        let mut result = Taint::default();
        for &callee in callees {
            let arg_span = |i: usize| arg_ids.get(i).map_or(span, |&e| self.body.exprs[e as usize].span);
            let summary = cx.summaries.get(&callee);
            let callee_path: Arc<str> = cx.prog.def(callee).path.as_str().into();
            let named = (&callee_path, unknown_receiver);
            if let Some(decl) = cx.fn_purposes.get(&callee).cloned() {
                for (i, t) in taints.iter().enumerate() {
                    let (whole, fields) =
                        summary.as_ref().and_then(|s| s.uses.get(i).cloned()).unwrap_or((true, Vec::new()));
                    let seen = t.seen_by(whole, &fields);
                    let at = if method && i == 0 { span } else { arg_span(i) };
                    self.cross(&seen, named, &decl, at, arg_ids.get(i).copied());
                }
            }
            let Some(summary) = summary else {
                // Not analysed (no body): the result depends on every argument.
                if cx.prog.fn_info(callee).is_some_and(|f| !f.has_body) {
                    for t in &taints {
                        result.union(&t.flattened().without_cells());
                        self.consume(t);
                    }
                }
                continue;
            };
            if !cx.fn_purposes.contains_key(&callee) {
                // Code without a purpose of its own reads for us: its uses are ours.
                for (j, t) in taints.iter().enumerate() {
                    let Some((whole, fields)) = summary.uses.get(j) else { continue };
                    for l in t.flatten() {
                        let Label::Param(i, f, _) = l else { continue };
                        if *whole || f != WHOLE {
                            self.use_param(i, f);
                        } else {
                            for g in fields {
                                self.use_param(i, *g);
                            }
                        }
                    }
                }
            }
            let ret = summary.ret.substitute(&taints);
            self.enter(&ret, &summary, span, named, false);
            self.through(&summary.ret, &taints, span, named, false);
            result.union(&ret);
            for (p, out) in &summary.outs {
                let written = out.substitute(&taints);
                self.enter(&written, &summary, span, named, true);
                self.through(out, &taints, span, named, true);
                if let Some(&e) = arg_ids.get(*p as usize) {
                    self.write(e, &written);
                }
            }
            let entered = cx.fn_purposes.get(&callee).cloned();
            self.apply_sinks(&summary, &taints, arg_ids, span, named, entered);
            if !summary.cell_writes.is_empty() {
                self.apply_cell_effects(&summary.cell_writes, &taints, span, &callee_path);
            }
        }
        result
    }

    /// The sinks of a callee's summary, reached through this call: the data of ours that
    /// its parameters pass on is a crossing, our parameters' a sink of our own. `entered`
    /// is the callee's purpose, if it has one.
    fn apply_sinks(
        &mut self,
        summary: &Summary,
        taints: &[Taint],
        arg_ids: &[ExprId],
        span: Span,
        named: Named<'_>,
        entered: Option<Arc<PurposeDecl>>,
    ) {
        let unknown_receiver = named.1;
        for s in &summary.sinks {
            let Some(t) = taints.get(s.param as usize) else { continue };
            let mut through = s.through.clone();
            if let Some(g) = &entered {
                if !through.iter().any(|x| x.purposes == g.purposes) {
                    through.push(g.clone());
                }
            }
            let labels = t.path(s.field[0], s.field[1]).flatten();
            let hop = self.hop(span, StepKind::Passed { callee: named.0.clone(), unknown_receiver });
            let mut guard = arg_ids.get(s.param as usize).map(|&a| self.arg_guard(a)).unwrap_or_default();
            guard.facts.extend(s.facts.iter().copied());
            guard.facts.sort_unstable();
            guard.facts.dedup();
            for l in labels {
                match l {
                    Label::Src(c) => {
                        let prefix = self.src_trace.get(&c).cloned().unwrap_or_default();
                        self.record_crossing(Crossing {
                            reported_in: s.reported_in,
                            class: c,
                            span: s.span,
                            callee: s.callee.clone(),
                            purpose: s.purpose.clone(),
                            through: through.clone(),
                            trace: TraceParts { prefix, hop: hop.clone(), via: s.via.clone() },
                            guard: guard.clone(),
                        });
                    }
                    Label::Param(p, f, g) => {
                        let via = Via::before(hop.clone(), &s.via);
                        self.add_sink(Sink {
                            param: p,
                            field: [f, g],
                            callee: s.callee.clone(),
                            purpose: s.purpose.clone(),
                            reported_in: s.reported_in,
                            span: s.span,
                            via,
                            through: through.clone(),
                            facts: guard.facts.clone(),
                        });
                    }
                    Label::Chan(..) | Label::Global(_) => {}
                }
            }
        }
    }

    /// Data of ours that went through a callee and came back (a helper that
    /// returns what it was given): its trace notes the detour.
    pub(super) fn through(&mut self, part: &Taint, args: &[Taint], span: Span, callee: Named<'_>, written: bool) {
        // What the arguments the part passes on carry (the part substituted, its own
        // sources aside), read in place: the traces that do not end here yet, each getting
        // the same step.
        let mut back = Vec::new();
        for l in part.flatten() {
            let Label::Param(i, f, g) = l else { continue };
            let Some(a) = args.get(i as usize) else { continue };
            for m in a.path(f, g).flatten() {
                let Label::Src(c) = m else { continue };
                let open = self.src_trace.get(&c).is_some_and(|t| t.last().is_none_or(|h| h.span != span));
                if open && !back.contains(&c) {
                    back.push(c);
                }
            }
        }
        if back.is_empty() {
            return;
        }
        let hop = self.hop(span, self.came_back(callee, written));
        for c in back {
            let Some(t) = self.src_trace.get_mut(&c) else { continue };
            t.push(hop.clone());
        }
    }

    /// Data returned by (or written by) `callee`, a path and whether its receiver type was unknown.
    pub(super) fn came_back(&self, (callee, unknown_receiver): Named<'_>, written: bool) -> StepKind {
        let (callee, function) = (callee.clone(), self.path_text.clone());
        if written {
            StepKind::Written { callee, unknown_receiver, function }
        } else {
            StepKind::Returned { callee, unknown_receiver, function }
        }
    }

    /// Classifications entering this function through a callee's summary get a trace.
    pub(super) fn enter(&mut self, t: &Taint, summary: &Summary, span: Span, callee: Named<'_>, written: bool) {
        for l in t.flatten() {
            let Label::Src(c) = l else { continue };
            if self.src_trace.contains_key(&c) {
                continue;
            }
            let trace = summary.traces.iter().find(|(x, _)| *x == c).map(|(_, t)| t.clone()).unwrap_or_default();
            self.src_trace.insert(c, trace.then(self.hop(span, self.came_back(callee, written))));
        }
    }

    /// The result of a call into `#[redline::declassify]` functions: when every
    /// classification its type carries is declassified by all of them, it carries nothing.
    pub(super) fn declassified(&mut self, callees: &[DefId], ret: Ty) -> Ty {
        let policy = self.cx.policy;
        if callees.is_empty() || callees.iter().any(|c| !policy.declassify.contains_key(c)) {
            return ret;
        }
        self.classes.clear();
        policy.classes_of(&ret, &mut self.classes);
        let covered = self.classes.iter().all(|&c| callees.iter().all(|&f| policy.declassifies(f, c)));
        if covered {
            Ty::Unknown
        } else {
            ret
        }
    }

    pub(super) fn method_call(&mut self, recv_id: ExprId, rv: Val, method: &str, args: &[ExprId], span: Span) -> Val {
        let prog = self.cx.prog;
        let (targets, all_impls) = prog.method_targets(&rv.ty, method, prog.modules[self.module as usize].krate);
        if let Some(&first) = targets.first() {
            let mut vals = vec![rv.clone()];
            vals.extend(self.exprs(args));
            let mut ids = vec![recv_id];
            ids.extend_from_slice(args);
            let guards = self.call_guards(&ids);
            for &t in &targets {
                self.out.calls.push(Call { callee: t, span, all_impls, args: guards.clone() });
            }
            let ret = prog.fn_info(first).map(|f| f.ret.clone()).unwrap_or(Ty::Unknown);
            // A trait method declared to return `Self`-typed data returns the receiver's
            // type; `impl Iterator<Item = T>` stays what it is.
            let ret = match ret {
                Ty::Bounded(_, args) if args.is_empty() => rv.ty.autoderef().clone(),
                r => r,
            };
            let ret = self.declassified(&targets, ret);
            let taint = self.apply(&targets, &ids, &vals, span, Some(all_impls));
            let opaque = targets.iter().all(|t| self.cx.policy.no_propagation(&prog.def(*t).path));
            self.g_call(&targets, &ids, true);
            return Val::of(ret, if opaque { Taint::default() } else { taint });
        }
        // `member.to_string()`: what its `Display` writes.
        if method == "to_string" && args.is_empty() && matches!(rv.ty.autoderef(), Ty::Adt(..)) {
            let mut v = rv.clone();
            self.printed(recv_id, &mut v, crate::syntax::format_args::DISPLAY, span);
            self.consume(&v.taint);
            return Val::of(Ty::Extern("String".into(), Vec::new()), v.taint.flattened().without_cells());
        }
        let v = match self.channel_method(&rv, method, args, span) {
            Some(v) => v,
            None => self.std_method(recv_id, &rv, method, args, span),
        };
        self.g_std_method(recv_id, method, args, &rv.ty);
        v
    }

    /// Makes `v` (expression `arg`) what formatting it with the traits `how` prints: what
    /// its workspace impls write ([`Walker::formatted`]), else its classified fields.
    pub(super) fn printed(&mut self, arg: ExprId, v: &mut Val, how: u8, span: Span) {
        match self.formatted(arg, v, how, span) {
            Some(t) => v.taint = t,
            None => self.hold_fields(v),
        }
    }

    /// What formatting value `v` (expression `arg`) with the traits `how`
    /// ([`crate::syntax::format_args`]) writes: what the workspace impls of those traits
    /// for its type write into the formatter (or return), each hand-written impl's `fmt`
    /// applied as a call; `None` when one of them is not such an impl (derived, another
    /// trait, not a workspace type, not known): the value's classified fields count.
    fn formatted(&mut self, arg: ExprId, v: &Val, how: u8, span: Span) -> Option<Taint> {
        use crate::syntax::format_args::{DEBUG, DISPLAY, OTHER};
        if how == 0 || how & OTHER != 0 {
            return None;
        }
        let ty = v.ty.autoderef();
        let d: DefId = match ty {
            Ty::Adt(d, _) => *d,
            // `{:?}` of a list, set or `Option` of structs: std's `Debug` prints each
            // element with its own.
            Ty::Slice(_) | Ty::Extern(..) if how == DEBUG && is_debug_list(ty) => match ty.element().autoderef() {
                Ty::Adt(d, _) => *d,
                _ => return None,
            },
            _ => return None,
        };
        let prog = self.cx.prog;
        let mut impls = Vec::new();
        for (_, name) in [(DISPLAY, "Display"), (DEBUG, "Debug")].into_iter().filter(|(bit, _)| how & bit != 0) {
            let found = prog.fmt_impls(d, name);
            if found.is_empty() {
                return None;
            }
            impls.extend(found);
        }
        let guards = self.call_guards(&[arg]);
        let mut out = Taint::default();
        for f in impls {
            self.out.calls.push(Call { callee: f, span, all_impls: false, args: guards.clone() });
            let vals = [v.clone(), Val::unknown()];
            out.union(&self.apply(&[f], &[arg], &vals, span, Some(false)));
            // What it wrote into the formatter (its second parameter).
            if let Some(summary) = self.cx.summaries.get(&f) {
                let taints = [v.taint.clone(), Taint::default()];
                for (_, written) in summary.outs.iter().filter(|(p, _)| *p == 1) {
                    out.union(&written.substitute(&taints));
                }
            }
        }
        Some(out.flattened().without_cells())
    }

    /// The arguments of a std method, closures given the receiver's elements, and what
    /// the first closure (or `fold`'s) returns.
    fn std_args(&mut self, recv_id: ExprId, rv: &Val, method: &str, args: &[ExprId]) -> (Vec<Val>, Option<Val>) {
        let mut closure_ret = None;
        let mut vals = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if !matches!(self.body.exprs[*a as usize].kind, ExprKind::Closure { .. }) {
                vals.push(self.expr(*a));
                continue;
            }
            let el = Val::of(std_element(rv), rv.taint.clone());
            let acc = vals.first().cloned().unwrap_or_else(Val::unknown);
            self.closure_hint = Some(if method == "fold" {
                vec![acc, el]
            } else if matches!(method, "sort_by" | "max_by" | "min_by" | "dedup_by") {
                vec![el.clone(), el]
            } else if ELEMENT_CLOSURES.contains(&method) {
                vec![el]
            } else if RECEIVER_CLOSURES.contains(&method) {
                vec![rv.clone()]
            } else {
                Vec::new()
            });
            self.closure_guards(recv_id, rv, method);
            let v = if method == "then" {
                // `c.then(|| ..)`: the closure runs when `c` holds.
                let (mark, _) = self.g_branch(recv_id, true);
                let v = self.expr(*a);
                self.g_leave(mark);
                v
            } else {
                self.expr(*a)
            };
            self.closure_hint = None;
            if i == 0 || method == "fold" {
                if let Ty::Extern(_, r) = &v.ty {
                    closure_ret = Some(Val::of(r.first().cloned().unwrap_or(Ty::Unknown), v.taint.clone()));
                }
            }
            vals.push(v);
        }
        (vals, closure_ret)
    }

    /// A method of a type outside the workspace: its signature from the dependency
    /// index, and the `[functions]` entry it may match (under the receiver's path as
    /// written, or the defining paths).
    fn dep_method(
        &mut self,
        recv_id: ExprId,
        rv: &Val,
        method: &str,
        (args, vals): (&[ExprId], &[Val]),
        span: Span,
    ) -> Option<crate::resolve::deps::DepCall> {
        let dep = self.cx.prog.deps.method(rv.ty.autoderef(), method);
        if *rv.ty.autoderef() == Ty::Unknown {
            self.unknown_receiver(recv_id, method, rv, vals, span);
        }
        if let Ty::Extern(p, _) = rv.ty.autoderef() {
            let mut keys = vec![[&**p, method].join("::")];
            keys.extend(dep.iter().flat_map(|d| d.keys.iter().cloned()));
            let mut all = vec![self.opaque_use(rv)];
            all.extend(vals.iter().map(|v| self.opaque_use(v)));
            let mut ids = vec![recv_id];
            ids.extend_from_slice(args);
            self.extern_call(&keys, &ids, &all, span);
        }
        dep
    }

    /// A method named like a `[functions]` entry called on a value of unknown type, with
    /// classified data at hand: the trace of that data says the entry could not be matched.
    fn unknown_receiver(&mut self, recv_id: ExprId, method: &str, rv: &Val, args: &[Val], span: Span) {
        let named = self.cx.extern_purposes.keys().any(|k| crate::syntax::last_segment(k) == method);
        if !named {
            return;
        }
        let receiver = super::describe::describe(&self.body.exprs[recv_id as usize].kind);
        let hop = self.hop(span, StepKind::UnknownType { receiver: receiver.into(), method: method.into() });
        for v in std::iter::once(rv).chain(args) {
            for l in v.taint.flatten() {
                let Label::Src(c) = l else { continue };
                if let Some(t) = self.src_trace.get_mut(&c) {
                    if t.last().is_none_or(|h| h.span != span) {
                        t.push(hop.clone());
                    }
                }
            }
        }
    }

    /// The only argument is a path to a function whose result is (a copy of) its argument.
    fn same_fn(&self, args: &[ExprId]) -> bool {
        matches!(args, [a] if matches!(&self.body.exprs[*a as usize].kind,
            ExprKind::Path(p) if p.segments.len() > 1 && p.segments.last().is_some_and(|m| SAME_METHODS.contains(&m.as_str()))))
    }

    /// Who the parameters of a closure given to a std method are: elements of the
    /// receiver, or its content for `Option` and `Result`.
    fn closure_guards(&mut self, recv_id: ExprId, rv: &Val, method: &str) {
        let optional = !super::guard::is_collection(&rv.ty);
        let n = if matches!(method, "sort_by" | "max_by" | "min_by" | "dedup_by") { 2 } else { 1 };
        let from = (ELEMENT_CLOSURES.contains(&method) || n == 2).then_some((recv_id, optional));
        self.g_closure_params(from, n);
    }

    /// A method of a type outside the workspace: a model of common std methods.
    fn std_method(&mut self, recv_id: ExprId, rv: &Val, method: &str, args: &[ExprId], span: Span) -> Val {
        let element = || std_element(rv);
        let (vals, closure_ret) = self.std_args(recv_id, rv, method, args);
        let dep = self.dep_method(recv_id, rv, method, (args, &vals), span);
        if STORING_METHODS.contains(&method) || dep.as_ref().is_some_and(|d| d.mut_self) {
            // `map.insert(k, v)`, `v.push(x)`, a dependency's `&mut self` setter
            // (`builder.set_payload(..)`): the receiver now holds the arguments.
            let t = Self::union_all(&vals);
            self.write(recv_id, &t);
        }
        if dep.as_ref().is_some_and(|d| d.mut_self && matches!(d.ret, Ty::Ref(_))) {
            self.receiver_aliases.insert(recv_id);
        }
        if self.cx.policy.no_propagation(method) {
            self.consume(&rv.taint);
            return Val::unknown();
        }
        if MAPPING_CLOSURES.contains(&method) && dep.is_none() {
            let name = rv.ty.autoderef().extern_name().unwrap_or("Iter").to_string();
            return match closure_ret {
                Some(r) => {
                    let ty = if r.ty == Ty::Unknown { Ty::Unknown } else { Ty::Extern(name.into(), vec![r.ty]) };
                    Val::of(ty, r.taint)
                }
                // `.map(Arc::clone)`, `.map(str::to_uppercase)`: a function giving its argument's type.
                None if self.same_fn(args) => Val::of(rv.ty.clone(), rv.taint.clone()),
                None => Val::of(Ty::Unknown, rv.taint.flattened()),
            };
        }
        let mut taint = rv.taint.clone();
        if method == "fold" {
            if let Some(r) = &closure_ret {
                taint.union(&r.taint);
            }
        }
        if ELEMENT_METHODS.contains(&method) && dep.is_none() {
            let ty = match rv.ty.autoderef() {
                Ty::Adt(..) => rv.ty.clone(),
                // An `Option` the model already gave as its content (`once.get().expect(..)`).
                t @ Ty::Extern(_, args) if args.is_empty() && t.extern_name() != Some("{closure}") => rv.ty.clone(),
                _ => rv.ty.map_marked(|_| element()),
            };
            return Val::of(ty, taint);
        }
        if LOCK_METHODS.contains(&method) && matches!(rv.ty.autoderef().extern_name(), Some("Mutex" | "RwLock")) {
            // `m.lock()` (std: `.unwrap()` gives the guard; tokio: `.await` does): a guard of the content.
            let inner = rv.ty.autoderef().element();
            return Val::of(Ty::Extern("MutexGuard".into(), vec![inner]), taint);
        }
        if let Some(d) = dep {
            // A dependency's method: what its signature returns, computed from everything.
            self.consume(&rv.taint);
            for v in &vals {
                self.consume(&v.taint);
                taint.union(&v.taint.flattened());
            }
            return Val::of(d.ret, taint);
        }
        if SAME_METHODS.contains(&method) {
            return Val::of(rv.ty.clone(), copied(method, &rv.ty, taint));
        }
        // Unknown method of a type outside the workspace: it reads the receiver
        // and every argument, and its result may depend on all of them.
        self.consume(&rv.taint);
        for v in &vals {
            self.consume(&v.taint);
        }
        for v in &vals {
            if !matches!(v.ty, Ty::Extern(ref n, _) if &**n == "{closure}") {
                taint.union(&v.taint.flattened().without_cells());
            }
        }
        let ty = self.std_declared(recv_id, rv, method, (args, &vals), span);
        Val::of(ty, taint)
    }

    /// The return type `rust-src` declares for a method of a std type that the model
    /// does not know (unknown without `rust-src`), and the `[functions]` entry it may
    /// match under std's paths when none matched as the receiver's type is written.
    fn std_declared(
        &mut self,
        recv_id: ExprId,
        rv: &Val,
        method: &str,
        (args, vals): (&[ExprId], &[Val]),
        span: Span,
    ) -> Ty {
        let Ty::Extern(path, _) = rv.ty.autoderef() else { return Ty::Unknown };
        let written = [&**path, method].join("::");
        let Some(call) = self.cx.prog.deps.std_method(rv.ty.autoderef(), method) else { return Ty::Unknown };
        // The key as written was tried by `dep_method`.
        let purposed = |k: &String| self.cx.extern_purposes.contains_key(k);
        if !purposed(&written) && call.keys.iter().any(purposed) {
            let mut all = vec![self.opaque_use(rv)];
            all.extend(vals.iter().map(|v| self.opaque_use(v)));
            let mut ids = vec![recv_id];
            ids.extend_from_slice(args);
            self.extern_call(&call.keys, &ids, &all, span);
        }
        call.ret
    }
}

/// The type of one element of a std receiver: a map's value, a collection's element; on
/// workspace types the value itself (an element method's result on a collection of
/// workspace types is modelled as the element, not `Option<_>`).
fn std_element(rv: &Val) -> Ty {
    match rv.ty.autoderef() {
        t @ Ty::Extern(..) if matches!(t.extern_name(), Some("HashMap" | "BTreeMap" | "IndexMap")) => match t {
            Ty::Extern(_, a) => a.get(1).cloned().unwrap_or(Ty::Unknown),
            _ => Ty::Unknown,
        },
        Ty::Adt(..) => rv.ty.clone(),
        _ => rv.ty.element(),
    }
}

/// A slice, list, set or `Option`, whose `Debug` prints its elements with theirs.
fn is_debug_list(ty: &Ty) -> bool {
    matches!(ty, Ty::Slice(_))
        || matches!(ty.extern_name(), Some("Vec" | "VecDeque" | "Option" | "HashSet" | "BTreeSet" | "IndexSet"))
}

/// The type holds a workspace struct or enum (directly, or in a std or dependency wrapper).
fn holds_adt(ty: &Ty, depth: usize) -> bool {
    match ty {
        Ty::Adt(..) | Ty::Alias(..) | Ty::Field(..) => true,
        _ if depth > 8 => false,
        Ty::Extern(_, args) | Ty::Tuple(args) => args.iter().any(|t| holds_adt(t, depth + 1)),
        Ty::Ref(t) | Ty::Slice(t) => holds_adt(t, depth + 1),
        _ => false,
    }
}

/// The result of a method returning (a view of) its receiver: a copy (`clone()` of anything
/// but an `Arc`, `Rc` or `Weak`, `to_owned()`, `collect()`...) of a static's contents is not the
/// static, writes into it stay there.
fn copied(method: &str, receiver: &Ty, mut taint: Taint) -> Taint {
    if !COPYING_METHODS.contains(&method) || !taint.has_cells() {
        return taint;
    }
    let mut t = receiver;
    while let Ty::Ref(inner) = t {
        t = inner;
    }
    if !matches!(t.extern_name(), Some("Arc" | "Rc" | "Weak")) {
        taint.retain(|l| !matches!(l, Label::Global(_)));
    }
    taint
}

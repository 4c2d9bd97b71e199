//! One walk over one function body. For every expression it computes a type
//! and a taint (what the value was computed from); it records where classified
//! data is present, the calls made, data crossing into functions with a purpose,
//! and the function's summary for its callers.

use super::cut;
use super::taint::{FieldSym, Label, Taint, WHOLE};
use crate::diag::{Step as Hop, StepKind};
use crate::policy::{ClassId, Policy, PurposeDecl};
use crate::resolve::{DefId, DefKind, FnInfo, Program, Res, Ty};
use crate::syntax::{Body, ExprId, ExprKind, PatId, PatKind, Span, Stmt, TyPath};
use std::collections::HashMap;
use std::sync::Arc;

/// Classified data present in a body: where it first appears.
#[derive(Debug, Clone)]
pub struct Touch {
    pub class: ClassId,
    pub span: Span,
    pub note: String,
    /// How the data got there, ending at `span` (or where it entered the function).
    pub trace: Vec<Hop>,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub callee: DefId,
    pub span: Span,
    /// The receiver's type was unknown: every workspace impl of the trait method was taken.
    pub all_impls: bool,
}

/// Where data given to a parameter ends up in a function with a purpose.
#[derive(Debug, Clone)]
pub struct Sink {
    pub param: u16,
    /// The part of the parameter (a field, a field of a field, or `WHOLE`).
    pub field: [FieldSym; 2],
    pub callee: String,
    pub purpose: Arc<PurposeDecl>,
    /// The function making the call into `callee`, and where.
    pub reported_in: DefId,
    pub span: Span,
    /// Hops from this function's parameter to that call.
    pub via: Vec<Hop>,
    /// Purposes of the functions with a purpose the data passes through on the way.
    pub through: Vec<Arc<PurposeDecl>>,
}

/// Classified data passed into a function (or dependency function) with a
/// purpose, whether that purpose allows it or not.
#[derive(Debug, Clone)]
pub struct Crossing {
    /// The function making the call, and where.
    pub reported_in: DefId,
    pub class: ClassId,
    pub span: Span,
    pub callee: String,
    pub purpose: Arc<PurposeDecl>,
    /// The functions with a purpose the data entered on the way to `callee`
    /// (empty when the call is direct).
    pub through: Vec<Arc<PurposeDecl>>,
    pub trace: Vec<Hop>,
}

/// What callers need to know about a function.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// What the returned value carries.
    pub ret: Taint,
    /// What is written into `&mut` parameters (and `self`).
    pub outs: Vec<(u16, Taint)>,
    /// Per parameter: used as a whole, or only these fields read.
    pub uses: Vec<(bool, Vec<FieldSym>)>,
    pub sinks: Vec<Sink>,
    /// How each classification in `ret` / `outs` got there.
    pub traces: Vec<(ClassId, Vec<Hop>)>,
}

impl Summary {
    /// Forgets field structure (a recursive component that keeps changing).
    pub fn widen(&mut self) {
        for t in std::iter::once(&mut self.ret).chain(self.outs.iter_mut().map(|(_, t)| t)) {
            *t = t.flattened();
            t.forget_param_fields();
        }
    }

    /// Keeps one sink per parameter part, sink and purpose, the first found (the
    /// nearest): summaries stay small on long call chains. True when it was new.
    fn add_sink(&mut self, s: Sink) -> bool {
        let same = |x: &Sink| {
            x.param == s.param && x.field == s.field && x.callee == s.callee && x.purpose.purposes == s.purpose.purposes
        };
        if self.sinks.iter().any(same) {
            return false;
        }
        self.sinks.push(s);
        self.sinks.sort_by_key(|x| (x.param, x.field, x.reported_in, x.span));
        true
    }

    /// Adds what `other` says to this summary; true when something was new.
    /// Summaries only grow, so the fixpoint converges.
    pub fn join(&mut self, other: &Summary) -> bool {
        let mut changed = self.ret.union(&other.ret);
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
        let key = |s: &Sink| (s.param, s.field, s.reported_in, s.span);
        self.ret == o.ret
            && self.outs == o.outs
            && self.uses == o.uses
            && self.sinks.len() == o.sinks.len()
            && self.sinks.iter().zip(&o.sinks).all(|(a, b)| key(a) == key(b))
    }
}

#[derive(Debug, Default)]
pub struct Walked {
    pub touches: Vec<Touch>,
    pub calls: Vec<Call>,
    pub crossings: Vec<Crossing>,
    pub summary: Summary,
    /// Classifications the declared parameter types carry: callers bring them.
    pub param_classes: Vec<ClassId>,
}

/// What every walk of a round shares.
pub struct Ctx<'a> {
    pub prog: &'a Program,
    pub policy: &'a Policy,
    /// Summaries from the previous round, by function.
    pub summaries: &'a HashMap<DefId, Arc<Summary>>,
    pub fields: &'a HashMap<String, FieldSym>,
    pub extern_purposes: &'a HashMap<String, Arc<PurposeDecl>>,
    pub fn_purposes: &'a HashMap<DefId, Arc<PurposeDecl>>,
}

#[rustfmt::skip]
/// Methods (of std types) whose result is the receiver's element.
const ELEMENT_METHODS: &[&str] = &[
    "unwrap", "expect", "unwrap_or", "unwrap_or_default", "unwrap_or_else", "unwrap_unchecked", "first", "last", "next",
    "next_back", "pop", "pop_front", "pop_back", "front", "back", "nth", "find", "max", "min", "max_by", "min_by",
    "max_by_key", "min_by_key", "get", "get_mut", "remove", "swap_remove", "first_mut", "last_mut",
];

#[rustfmt::skip]
/// Methods whose result is (a view of) the receiver.
const SAME_METHODS: &[&str] = &[
    "clone", "to_owned", "cloned", "copied", "as_ref", "as_mut", "borrow", "borrow_mut", "deref", "deref_mut",
    "as_deref", "as_deref_mut", "lock", "read", "write", "try_lock", "iter", "iter_mut", "into_iter", "drain", "rev",
    "filter", "skip", "take", "chain", "peekable", "by_ref", "to_vec", "into", "try_into", "as_slice", "ok", "into_inner",
    "inspect", "fuse", "step_by", "skip_while", "take_while", "collect", "sorted", "to_string", "as_str", "trim",
    "to_lowercase", "to_uppercase", "chars", "bytes", "lines", "split", "split_whitespace", "join", "concat", "values",
    "into_values", "zip", "enumerate", "flatten", "entry", "or_insert", "or_default", "then_some",
];

#[rustfmt::skip]
/// Methods that take a closure called with the receiver's elements.
const ELEMENT_CLOSURES: &[&str] = &[
    "map", "filter", "for_each", "any", "all", "find", "position", "filter_map", "flat_map", "take_while", "skip_while",
    "inspect", "max_by_key", "min_by_key", "sort_by_key", "retain", "and_then", "map_or", "map_or_else", "is_some_and",
    "is_ok_and", "find_map", "partition", "sort_by_cached_key",
];

/// Methods whose result is the closure's result, wrapped like the receiver.
const MAPPING_CLOSURES: &[&str] = &["map", "filter_map", "flat_map", "and_then", "find_map", "map_or_else"];

#[rustfmt::skip]
/// Methods that store their arguments into the receiver.
const STORING_METHODS: &[&str] = &[
    "push", "push_str", "push_back", "push_front", "insert", "extend", "extend_from_slice", "append", "write_str",
    "write_all", "write_fmt", "add", "send", "try_send", "set", "replace", "get_or_insert", "get_or_insert_with",
];

/// Macros that write their later arguments into their first.
const WRITING_MACROS: &[&str] = &["write", "writeln"];

/// `Box::new(x)`, `Arc::new(x)`…: the result carries what `x` carries.
const CONTAINER_CTORS: &[&str] = &["Box", "Rc", "Arc", "Cow", "RefCell", "Cell", "Mutex", "RwLock", "Pin", "Some"];

#[derive(Clone)]
struct Val {
    ty: Ty,
    taint: Taint,
}

impl Val {
    fn unknown() -> Val {
        Val { ty: Ty::Unknown, taint: Taint::default() }
    }

    fn of(ty: Ty, taint: Taint) -> Val {
        Val { ty, taint }
    }
}

struct Local {
    name: String,
    ty: Ty,
    taint: Taint,
    /// The parameter it is, if any.
    param: Option<u16>,
}

pub struct Walker<'a, 'c> {
    cx: &'c Ctx<'a>,
    f: DefId,
    file: &'a str,
    path: &'a str,
    module: crate::resolve::ModId,
    self_ty: Option<Ty>,
    body: &'a Body,
    locals: Vec<Local>,
    /// Set when a write added taint to a local (a loop body is then walked again).
    grew: bool,
    loop_depth: u32,
    out: Walked,
    /// Parameter types and taints for the next closure, from the method it is passed to.
    closure_hint: Option<Vec<Val>>,
    classes: Vec<ClassId>,
    /// How each classification first entered this function.
    src_trace: HashMap<ClassId, Vec<Hop>>,
    /// Classifications each parameter's declared type carries.
    param_classes: Vec<Vec<ClassId>>,
}

impl<'a, 'c> Walker<'a, 'c> {
    pub fn walk(cx: &'c Ctx<'a>, f: DefId) -> Walked {
        let prog = cx.prog;
        let def = prog.def(f);
        let DefKind::Fn(info) = &def.kind else { return Walked::default() };
        let n_params = (info.params.len() + usize::from(info.sig.receiver.is_some())) as u16;
        let mut w = Walker {
            cx,
            f,
            file: &def.file,
            path: &def.path,
            module: def.module,
            self_ty: info.self_ty.clone(),
            body: &info.body,
            locals: Vec::new(),
            grew: false,
            loop_depth: 0,
            out: Walked::default(),
            closure_hint: None,
            classes: Vec::new(),
            src_trace: HashMap::new(),
            param_classes: Vec::new(),
        };
        w.out.summary.uses = vec![(false, Vec::new()); n_params as usize];
        w.params(info);
        if info.has_body {
            let ret = w.expr(info.body.root);
            w.out.summary.ret.union(&ret.taint);
        }
        w.finish();
        w.out
    }

    fn finish(&mut self) {
        let policy = self.cx.policy;
        // `#[declassify(from = C)]`: C does not leave through the result.
        let f = self.f;
        if policy.declassify.contains_key(&f) {
            let keep = |l: &Label| !matches!(l, Label::Src(c) if policy.declassifies(f, *c));
            self.out.summary.ret.retain(keep);
            for (_, t) in &mut self.out.summary.outs {
                t.retain(keep);
            }
        }
        // A classification that a parameter's declared type carries, in a
        // result computed from that parameter, comes from the argument: the
        // caller's argument brings its own (a trait method called on another
        // type must not report the impl's `self` type as a source).
        let explained = |t: &Taint, classes: &[Vec<ClassId>]| -> Vec<ClassId> {
            let labels = t.flatten();
            let mut out = Vec::new();
            for l in &labels {
                if let Label::Param(i, _, _) = l {
                    out.extend(classes.get(*i as usize).into_iter().flatten().copied());
                }
            }
            out
        };
        let classes = std::mem::take(&mut self.param_classes);
        let mut all: Vec<ClassId> = classes.iter().flatten().copied().collect();
        all.sort_unstable();
        all.dedup();
        self.out.param_classes = all;
        let from_params = explained(&self.out.summary.ret, &classes);
        if !from_params.is_empty() {
            self.out.summary.ret.retain(|l| !matches!(l, Label::Src(c) if from_params.contains(c)));
        }
        for (_, t) in &mut self.out.summary.outs {
            let from_params = explained(t, &classes);
            if !from_params.is_empty() {
                t.retain(|l| !matches!(l, Label::Src(c) if from_params.contains(c)));
            }
        }
        // What is returned or written out is used (by whoever receives it).
        let out_taints: Vec<Taint> = std::iter::once(self.out.summary.ret.clone())
            .chain(self.out.summary.outs.iter().map(|(_, t)| t.clone()))
            .collect();
        for t in &out_taints {
            self.consume(t);
        }
        let mut classes: Vec<ClassId> = Vec::new();
        let s = &self.out.summary;
        for t in std::iter::once(&s.ret).chain(s.outs.iter().map(|(_, t)| t)) {
            for l in t.flatten() {
                if let Label::Src(c) = l {
                    if !classes.contains(&c) {
                        classes.push(c);
                    }
                }
            }
        }
        classes.sort();
        self.out.summary.traces =
            classes.into_iter().map(|c| (c, self.src_trace.get(&c).cloned().unwrap_or_default())).collect();
        for t in &mut self.out.touches {
            if let Some(tr) = self.src_trace.get(&t.class) {
                t.trace = tr.clone();
            }
        }
    }

    fn hop(&self, span: Span, kind: StepKind) -> Hop {
        Hop::new(self.file, span, kind)
    }

    fn params(&mut self, info: &FnInfo) {
        let mut index = 0u16;
        let receiver = info.sig.receiver.zip(self.self_ty.clone());
        for ty in receiver.iter().map(|(_, t)| t).chain(&info.params) {
            let mut classes = Vec::new();
            self.cx.policy.classes_of(ty, &mut classes);
            self.param_classes.push(classes);
        }
        if let (Some(r), Some(st)) = (info.sig.receiver, &self.self_ty) {
            let ty = if r.by_ref { Ty::Ref(Box::new(st.clone())) } else { st.clone() };
            let taint = self.typed_taint(&ty, Taint::label(Label::Param(0, WHOLE, WHOLE)), r.span, || "`self`".into());
            let note = format!("`self` is {}", ty_name(self.cx.prog, &ty));
            self.touch(&taint, r.span, || note);
            self.locals.push(Local { name: "self".into(), ty, taint, param: Some(0) });
            index = 1;
        }
        for (p, ty) in info.sig.params.iter().zip(&info.params) {
            let name = match &self.body.pats[p.pat as usize].kind {
                PatKind::Bind { name, .. } => format!("parameter `{name}`"),
                _ => "parameter".into(),
            };
            let note = format!("{name} is {}", ty_name(self.cx.prog, ty));
            let taint = self.typed_taint(ty, Taint::label(Label::Param(index, WHOLE, WHOLE)), p.span, || name);
            self.touch(&taint, p.span, || note);
            let n = self.locals.len();
            self.bind(p.pat, ty.clone(), taint, false);
            for l in &mut self.locals[n..] {
                l.param = Some(index);
            }
            index += 1;
        }
    }

    /// Adds the classifications a value of type `ty` carries to `taint`, and
    /// records them as present at `span`.
    fn typed_taint(&mut self, ty: &Ty, mut taint: Taint, span: Span, what: impl FnOnce() -> String) -> Taint {
        self.classes.clear();
        self.cx.policy.classes_of(ty, &mut self.classes);
        if self.classes.is_empty() || span.hi <= span.lo {
            return taint;
        }
        let classes = std::mem::take(&mut self.classes);
        let mut note = None;
        let mut what = Some(what);
        for &c in &classes {
            taint.add(Label::Src(c));
            if !self.src_trace.contains_key(&c) {
                let text = note.get_or_insert_with(|| {
                    let w = what.take().map(|f| f()).unwrap_or_default();
                    value_note(self.cx, w, ty)
                });
                let hop = self.hop(span, StepKind::Value { what: text.clone(), function: self.path.to_string() });
                self.src_trace.insert(c, vec![hop]);
            }
        }
        self.classes = classes;
        taint
    }

    /// Records the classifications a value carries as present at `span`.
    fn touch(&mut self, taint: &Taint, span: Span, note: impl FnOnce() -> String) {
        if span.hi <= span.lo {
            return;
        }
        let mut note = Some(note);
        let mut text: Option<String> = None;
        for l in taint.labels() {
            let Label::Src(class) = *l else { continue };
            let existing = self.out.touches.iter().position(|t| t.class == class);
            let better = match existing {
                // The innermost expression wins over those containing it
                // (children are walked first); otherwise the earliest.
                Some(i) => {
                    let t = &self.out.touches[i];
                    let contains_old = span.lo <= t.span.lo && t.span.hi <= span.hi;
                    let inside_old = t.span.lo <= span.lo && span.hi <= t.span.hi;
                    inside_old || (!contains_old && span.lo < t.span.lo)
                }
                None => true,
            };
            if !better {
                continue;
            }
            // Labels are written only for the places that are kept.
            let text = text.get_or_insert_with(|| note.take().map(|f| f()).unwrap_or_default()).clone();
            match existing {
                Some(i) => {
                    self.out.touches[i].span = span;
                    self.out.touches[i].note = text;
                }
                None => self.out.touches.push(Touch { class, span, note: text, trace: Vec::new() }),
            }
        }
    }

    fn local(&self, name: &str) -> Option<usize> {
        self.locals.iter().rposition(|l| l.name == name)
    }

    fn bind(&mut self, p: PatId, ty: Ty, taint: Taint, record: bool) {
        let pat = &self.body.pats[p as usize];
        match &pat.kind {
            PatKind::Bind { name, sub } => {
                let name = name.clone();
                let taint = if record { self.typed_taint(&ty, taint, pat.span, || format!("`{name}`")) } else { taint };
                if record {
                    self.touch(&taint, pat.span, || format!("`{name}`"));
                }
                if let Some(s) = sub {
                    self.bind(*s, ty.clone(), taint.clone(), record);
                }
                self.locals.push(Local { name, ty, taint, param: None });
            }
            PatKind::Tuple(elems) => {
                let ts = match ty.autoderef() {
                    Ty::Tuple(ts) => ts.clone(),
                    _ => Vec::new(),
                };
                for (i, e) in elems.iter().enumerate() {
                    let t = taint.field(self.sym(&i.to_string()));
                    self.bind(*e, ts.get(i).cloned().unwrap_or(Ty::Unknown), t, record);
                }
            }
            PatKind::TupleStruct { path, elems } => {
                for (i, e) in elems.iter().enumerate() {
                    let name = i.to_string();
                    let t = self.pattern_field(path, &ty, &name, i);
                    let taint = taint.field(self.sym(&name));
                    self.bind(*e, t, taint, record);
                }
            }
            PatKind::Struct { path, fields } => {
                for (name, fp) in fields {
                    let t = self.pattern_field(path, &ty, name, usize::MAX);
                    let taint = taint.field(self.sym(name));
                    self.bind(*fp, t, taint, true);
                }
            }
            PatKind::Ref(inner) => self.bind(*inner, ty, taint, record),
            PatKind::Slice(elems) => {
                let el = ty.element();
                for e in elems {
                    self.bind(*e, el.clone(), taint.flattened(), record);
                }
            }
            PatKind::Or(cases) => {
                for c in cases {
                    self.bind(*c, ty.clone(), taint.clone(), record);
                }
            }
            PatKind::Typed { pat, ty: written } => {
                let t = self.cx.prog.lower_ty(self.module, written, &[], self.self_ty.as_ref());
                self.bind(*pat, if t == Ty::Unknown { ty } else { t }, taint, record);
            }
            PatKind::Ignore => {}
        }
    }

    fn sym(&self, name: &str) -> FieldSym {
        self.cx.fields.get(name).copied().unwrap_or(WHOLE)
    }

    /// The type of a field bound by a struct or tuple-struct pattern.
    fn pattern_field(&self, path: &TyPath, scrutinee: &Ty, name: &str, index: usize) -> Ty {
        if path.segments.len() == 1 && !path.global && path.segments[0] != "Self" {
            // `Some(x)`, `Ok(x)`, `Err(e)`
            let inner = scrutinee.autoderef();
            match (path.segments[0].as_str(), inner) {
                ("Some" | "Ok", Ty::Extern(_, args)) => return args.first().cloned().unwrap_or(Ty::Unknown),
                ("Err", Ty::Extern(_, args)) => return args.get(1).cloned().unwrap_or(Ty::Unknown),
                _ => {}
            }
        }
        let args = match scrutinee.autoderef() {
            Ty::Adt(_, a) => a.clone(),
            _ => Vec::new(),
        };
        let owner = match self.resolve_value_or_type(path) {
            Some(Res::Def(d)) => d,
            _ => return if index == usize::MAX { Ty::Unknown } else { scrutinee.element() },
        };
        self.cx.prog.variant_field(owner, &args, name).map(|(t, _)| t).unwrap_or(Ty::Unknown)
    }

    fn resolve_value_or_type(&self, path: &TyPath) -> Option<Res> {
        let prog = self.cx.prog;
        if path.segments.first().map(String::as_str) == Some("Self") {
            let Some(Ty::Adt(d, _)) = self.self_ty.as_ref().map(|t| t.autoderef().clone()) else { return None };
            let rest = &path.segments[1..];
            if rest.is_empty() {
                return Some(Res::Def(d));
            }
            let name = &rest[0];
            if let DefKind::Adt { variants, is_enum: true, .. } = &prog.def(d).kind {
                if let Some(i) = variants.iter().position(|v| &v.name == name) {
                    return Some(Res::Def(d + 1 + i as DefId));
                }
            }
            return prog.assoc_fn(d, name).map(Res::Def);
        }
        // Values first (tuple structs, variants, functions), then types (named
        // structs in literals and patterns); a workspace item beats a guess
        // that the name is external.
        let value = prog.resolve_path(self.module, &path.segments, path.global, true);
        match value {
            Some(Res::External(_)) | None => match prog.resolve_path(self.module, &path.segments, path.global, false) {
                Some(t @ (Res::Def(_) | Res::Mod(_))) => Some(t),
                _ => value,
            },
            v => v,
        }
    }

    /// A loop body: walked again when it wrote new taint into a local that
    /// lives across iterations (what one iteration stores, the next one reads).
    /// Only the outermost loop is walked twice; that covers the loops inside it.
    fn looping(&mut self, mut body: impl FnMut(&mut Self)) {
        let outer = std::mem::replace(&mut self.grew, false);
        self.loop_depth += 1;
        self.block_scope(&mut body);
        if self.grew && self.loop_depth == 1 {
            self.block_scope(&mut body);
        }
        self.loop_depth -= 1;
        self.grew |= outer;
    }

    fn block_scope<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let n = self.locals.len();
        let r = f(self);
        self.locals.truncate(n);
        r
    }

    fn expr(&mut self, id: ExprId) -> Val {
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
            self.touch(&v.taint, e.span, || describe_val(self.cx, &e.kind, &v.ty));
        }
        v
    }

    fn exprs(&mut self, ids: &[ExprId]) -> Vec<Val> {
        ids.iter().map(|&e| self.expr(e)).collect()
    }

    fn union_all(vals: &[Val]) -> Taint {
        let mut t = Taint::default();
        for v in vals {
            t.union(&v.taint);
        }
        t
    }

    /// The local a place expression (`x`, `x.f`, `*x`, `&mut x`) is rooted in.
    fn place_root(&self, mut e: ExprId) -> Option<usize> {
        loop {
            match &self.body.exprs[e as usize].kind {
                ExprKind::Path(p) if p.segments.len() == 1 && !p.global => return self.local(&p.segments[0]),
                ExprKind::Field { base, .. } | ExprKind::Index { base, .. } => e = *base,
                ExprKind::Deref(inner) | ExprKind::Ref(inner) => e = *inner,
                ExprKind::MethodCall { receiver, method, .. } if SAME_METHODS.contains(&method.as_str()) => {
                    e = *receiver
                }
                _ => return None,
            }
        }
    }

    /// Data written into a place: the local (and, for a parameter, the summary) carries it.
    fn write(&mut self, place: ExprId, taint: &Taint) {
        if taint.is_empty() {
            return;
        }
        let Some(i) = self.place_root(place) else { return };
        // `x.field = v` keeps field sensitivity for a direct field of a local.
        let part = match &self.body.exprs[place as usize].kind {
            ExprKind::Field { base, name } if self.place_root(*base) == Some(i) => {
                matches!(self.body.exprs[*base as usize].kind, ExprKind::Path(_)).then(|| self.sym(name))
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
    fn consume(&mut self, taint: &Taint) {
        for l in taint.flatten() {
            if let Label::Param(i, f, _) = l {
                self.use_param(i, f);
            }
        }
    }

    fn use_param(&mut self, i: u16, f: FieldSym) {
        if let Some(u) = self.out.summary.uses.get_mut(i as usize) {
            if f == WHOLE {
                u.0 = true;
            } else if let Err(at) = u.1.binary_search(&f) {
                u.1.insert(at, f);
            }
        }
    }

    fn expr_kind(&mut self, id: ExprId) -> Val {
        let body = self.body;
        let e = &body.exprs[id as usize];
        match &e.kind {
            ExprKind::Path(p) => self.path(p),
            ExprKind::Lit => Val::unknown(),
            ExprKind::Call { func, args } => {
                let fv = self.expr(*func);
                let arg_vals = self.exprs(args);
                self.call(fv, args, arg_vals, e.span)
            }
            ExprKind::MethodCall { receiver, method, args } => {
                let rv = self.expr(*receiver);
                self.method_call(*receiver, rv, method, args, e.span)
            }
            ExprKind::Field { base, name } => {
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
                Val::of(ty, bv.taint.field(f))
            }
            ExprKind::Struct { path, fields, rest } => {
                let mut taint = Taint::default();
                for (name, f) in fields {
                    let v = self.expr(*f);
                    taint.set_field(self.sym(name), &v.taint);
                }
                if let Some(r) = rest {
                    let v = self.expr(*r);
                    taint.union(&v.taint);
                }
                let prog = self.cx.prog;
                let ty = match self.resolve_value_or_type(path) {
                    Some(Res::Def(d)) => match &prog.def(d).kind {
                        DefKind::Adt { .. } => Ty::Adt(d, Vec::new()),
                        DefKind::Variant { parent, .. } => Ty::Adt(*parent, Vec::new()),
                        DefKind::Alias { .. } => prog.alias_target(d),
                        _ => Ty::Unknown,
                    },
                    _ => Ty::Unknown,
                };
                Val::of(ty, taint)
            }
            ExprKind::Tuple(es) => {
                let vals = self.exprs(es);
                let mut taint = Taint::default();
                for (i, v) in vals.iter().enumerate() {
                    taint.set_field(self.sym(&i.to_string()), &v.taint);
                }
                Val::of(Ty::Tuple(vals.into_iter().map(|v| v.ty).collect()), taint)
            }
            ExprKind::Array(es) => {
                let vals = self.exprs(es);
                let taint = Self::union_all(&vals);
                Val::of(Ty::Slice(Box::new(first_known(vals.into_iter().map(|v| v.ty)))), taint)
            }
            ExprKind::Block { stmts, tail, .. } => self.block_scope(|w| {
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
                            w.bind(*pat, declared.unwrap_or(it.ty), it.taint, record);
                        }
                        Stmt::Expr(e) => {
                            w.expr(*e);
                        }
                    }
                }
                tail.map(|t| w.expr(t)).unwrap_or_else(|| Val::of(Ty::Tuple(Vec::new()), Taint::default()))
            }),
            ExprKind::If { cond, then, els } => self.block_scope(|w| {
                // No implicit flows: the condition taints nothing.
                w.expr(*cond);
                let t = w.expr(*then);
                let e = els.map(|e| w.expr(e)).unwrap_or_else(Val::unknown);
                let mut taint = t.taint.clone();
                taint.union(&e.taint);
                let ty = if t.ty == Ty::Unknown || t.ty == Ty::Tuple(Vec::new()) { e.ty } else { t.ty };
                Val::of(ty, taint)
            }),
            ExprKind::Let { pat, expr } => {
                // `if let` bindings stay visible in the `then` block: the
                // enclosing `If` scope pops them.
                let v = self.expr(*expr);
                self.bind(*pat, v.ty, v.taint, false);
                Val::unknown()
            }
            ExprKind::Match { scrutinee, arms } => {
                let sv = self.expr(*scrutinee);
                let mut result = Val::unknown();
                for arm in arms {
                    let v = self.block_scope(|w| {
                        w.bind(arm.pat, sv.ty.clone(), sv.taint.clone(), false);
                        if let Some(g) = arm.guard {
                            w.expr(g);
                        }
                        w.expr(arm.body)
                    });
                    if result.ty == Ty::Unknown {
                        result.ty = v.ty;
                    }
                    result.taint.union(&v.taint);
                }
                result
            }
            ExprKind::For { pat, iter, body: b } => {
                let it = self.expr(*iter);
                self.looping(|w| {
                    w.bind(*pat, it.ty.element(), it.taint.clone(), true);
                    w.expr(*b);
                });
                Val::of(Ty::Tuple(Vec::new()), Taint::default())
            }
            ExprKind::Loop { cond, body: b } => {
                self.looping(|w| {
                    if let Some(c) = cond {
                        w.expr(*c);
                    }
                    w.expr(*b);
                });
                Val::unknown()
            }
            ExprKind::Closure { params, body: b } => {
                let hint = self.closure_hint.take().unwrap_or_default();
                let ret = self.block_scope(|w| {
                    for (i, (p, written)) in params.iter().enumerate() {
                        let given = hint.get(i).cloned().unwrap_or_else(Val::unknown);
                        let ty = match written {
                            Some(t) => w.cx.prog.lower_ty(w.module, t, &[], w.self_ty.as_ref()),
                            None => given.ty,
                        };
                        w.bind(*p, ty, given.taint, true);
                    }
                    w.expr(*b)
                });
                Val::of(Ty::Extern("{closure}".into(), vec![ret.ty]), ret.taint)
            }
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
                let taint = Self::union_all(&vals).flattened();
                self.consume(&taint);
                Val::of(first_known(vals.into_iter().map(|v| v.ty)), taint)
            }
            ExprKind::Compare(es) => {
                let vals = self.exprs(es);
                self.consume(&Self::union_all(&vals));
                Val::unknown()
            }
            ExprKind::Assign { lhs, rhs, compound } => {
                let v = self.expr(*rhs);
                self.expr(*lhs);
                // `x = v` outside a loop replaces what `x` held (a strong update).
                if let ExprKind::Path(p) = &body.exprs[*lhs as usize].kind {
                    if !compound && self.loop_depth == 0 && p.segments.len() == 1 {
                        if let Some(i) = self.local(&p.segments[0]) {
                            if self.locals[i].param.is_none() {
                                self.locals[i].taint = Taint::default();
                            }
                        }
                    }
                }
                self.write(*lhs, &v.taint);
                Val::of(Ty::Tuple(Vec::new()), Taint::default())
            }
            ExprKind::Try(inner) => {
                let v = self.expr(*inner);
                let ty = v.ty.map_marked(|t| match t {
                    Ty::Extern(_, args) if matches!(t.extern_name(), Some("Result" | "Option" | "Poll")) => {
                        args.first().cloned().unwrap_or(Ty::Unknown)
                    }
                    _ => Ty::Unknown,
                });
                Val::of(ty, v.taint)
            }
            ExprKind::Await(inner) => self.expr(*inner),
            ExprKind::Return(inner) => {
                if let Some(i) = inner {
                    let v = self.expr(*i);
                    self.out.summary.ret.union(&v.taint);
                }
                Val::unknown()
            }
            ExprKind::Break(inner) => {
                if let Some(i) = inner {
                    self.expr(*i);
                }
                Val::unknown()
            }
            ExprKind::Cast { expr, ty } => {
                let v = self.expr(*expr);
                Val::of(self.cx.prog.lower_ty(self.module, ty, &[], self.self_ty.as_ref()), v.taint)
            }
            ExprKind::Index { base, index } => {
                let b = self.expr(*base);
                self.expr(*index);
                let ty = b.ty.map_marked(|t| match t.autoderef() {
                    Ty::Extern(_, args)
                        if matches!(t.autoderef().extern_name(), Some("HashMap" | "BTreeMap" | "IndexMap")) =>
                    {
                        args.get(1).cloned().unwrap_or(Ty::Unknown)
                    }
                    inner => inner.element(),
                });
                Val::of(ty, b.taint)
            }
            ExprKind::Macro { path, args } => {
                let vals = self.exprs(args);
                let name = path.last().map(String::as_str).unwrap_or_default();
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
                let taint = if name == "vec" { taint } else { taint.flattened() };
                let ty = match name {
                    "vec" => Ty::Extern("Vec".into(), vec![first_known(vals.into_iter().map(|v| v.ty))]),
                    "format" => Ty::Extern("String".into(), Vec::new()),
                    _ => Ty::Unknown,
                };
                Val::of(ty, taint)
            }
            ExprKind::Other(es) => {
                let vals = self.exprs(es);
                Val::of(Ty::Unknown, Self::union_all(&vals).flattened())
            }
        }
    }

    fn path(&mut self, p: &TyPath) -> Val {
        if p.segments.len() == 1 && !p.global {
            if let Some(i) = self.local(&p.segments[0]) {
                let l = &self.locals[i];
                return Val::of(l.ty.clone(), l.taint.clone());
            }
        }
        let prog = self.cx.prog;
        let ty = match self.resolve_value_or_type(p) {
            Some(Res::Def(d)) => match &prog.def(d).kind {
                DefKind::Fn(_) => Ty::FnItem(d),
                DefKind::Const(t) => prog.lower_ty(prog.def(d).module, t, &[], None),
                DefKind::Adt { .. } => Ty::Adt(d, Vec::new()),
                DefKind::Variant { parent, .. } => Ty::Adt(*parent, Vec::new()),
                _ => Ty::Unknown,
            },
            Some(Res::External(path)) => Ty::Extern(format!("{{fn}}{path}").into(), Vec::new()),
            _ => Ty::Unknown,
        };
        Val::of(ty, Taint::default())
    }

    fn call(&mut self, fv: Val, arg_ids: &[ExprId], args: Vec<Val>, span: Span) -> Val {
        match fv.ty {
            Ty::FnItem(d) => {
                self.out.calls.push(Call { callee: d, span, all_impls: false });
                let ret = self.cx.prog.fn_info(d).map(|f| f.ret.clone()).unwrap_or(Ty::Unknown);
                let ret = self.declassified(&[d], ret);
                let taint = self.apply(&[d], arg_ids, &args, span, None);
                let taint =
                    if self.cx.policy.no_propagation(&self.cx.prog.def(d).path) { Taint::default() } else { taint };
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
                self.extern_call(&path, arg_ids, &args, span);
                if !self.cx.extern_purposes.contains_key(&path) {
                    self.consume(&Self::union_all(&args));
                }
                let last = path.rsplit("::").next().unwrap_or(&path);
                let taint = if self.cx.policy.no_propagation(&path) {
                    Taint::default()
                } else {
                    Self::union_all(&args).flattened()
                };
                let arg = args.into_iter().next().map(|v| v.ty).unwrap_or(Ty::Unknown);
                let ty = match last {
                    "Some" => Ty::Extern("Option".into(), vec![arg]),
                    "Ok" => Ty::Extern("Result".into(), vec![arg, Ty::Unknown]),
                    "Err" => Ty::Extern("Result".into(), vec![Ty::Unknown, arg]),
                    "new" | "from" | "pin" => {
                        let owner = path.rsplit("::").nth(1).unwrap_or_default();
                        if CONTAINER_CTORS.contains(&owner) {
                            Ty::Extern(owner.into(), vec![arg])
                        } else {
                            Ty::Unknown
                        }
                    }
                    _ => Ty::Unknown,
                };
                Val::of(ty, taint)
            }
            _ => Val::of(Ty::Unknown, Self::union_all(&args).flattened()),
        }
    }

    /// A call to a function outside the workspace that `[functions]` gives a purpose.
    fn extern_call(&mut self, path: &str, arg_ids: &[ExprId], args: &[Val], span: Span) {
        let Some(decl) = self.cx.extern_purposes.get(path).cloned() else { return };
        for (i, a) in args.iter().enumerate() {
            let at = arg_ids.get(i).map_or(span, |&e| self.body.exprs[e as usize].span);
            self.cross(&a.taint.flatten(), path, &decl, at);
        }
    }

    /// Data passed (as `labels`) into `callee`, whose purpose is `decl`.
    fn cross(&mut self, labels: &[Label], callee: &str, decl: &Arc<PurposeDecl>, at: Span) {
        for l in labels {
            match *l {
                Label::Src(c) => {
                    let mut trace = self.src_trace.get(&c).cloned().unwrap_or_default();
                    trace.push(
                        self.hop(
                            at,
                            StepKind::PassedToPurpose { callee: callee.into(), purposes: decl.purposes.clone() },
                        ),
                    );
                    self.out.crossings.push(Crossing {
                        reported_in: self.f,
                        class: c,
                        span: at,
                        callee: callee.to_string(),
                        purpose: decl.clone(),
                        through: Vec::new(),
                        trace: cut(trace),
                    });
                }
                Label::Param(p, f, g) => {
                    let via = vec![self
                        .hop(at, StepKind::PassedToPurpose { callee: callee.into(), purposes: decl.purposes.clone() })];
                    self.add_sink(Sink {
                        param: p,
                        field: [f, g],
                        callee: callee.to_string(),
                        purpose: decl.clone(),
                        reported_in: self.f,
                        span: at,
                        via,
                        through: Vec::new(),
                    });
                }
            }
        }
    }

    fn add_sink(&mut self, s: Sink) {
        self.out.summary.add_sink(s);
    }

    /// Applies the summaries of the possible callees at a call: boundary checks
    /// for callees with a purpose, what comes back, what is written into `&mut`
    /// arguments, and sinks further down. `args[0]` is the receiver for methods.
    /// `method` is `Some(all_impls)` for method calls: whether the receiver's type
    /// was unknown and every workspace implementation was taken.
    fn apply(
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
        let mut result = Taint::default();
        for &callee in callees {
            let arg_span = |i: usize| arg_ids.get(i).map_or(span, |&e| self.body.exprs[e as usize].span);
            let summary = cx.summaries.get(&callee).cloned();
            let callee_path = cx.prog.def(callee).path.clone();
            let named = (callee_path.as_str(), unknown_receiver);
            if let Some(decl) = cx.fn_purposes.get(&callee).cloned() {
                for (i, t) in taints.iter().enumerate() {
                    let (whole, fields) =
                        summary.as_ref().and_then(|s| s.uses.get(i).cloned()).unwrap_or((true, Vec::new()));
                    let seen = t.seen_by(whole, &fields);
                    let at = if method && i == 0 { span } else { arg_span(i) };
                    self.cross(&seen, &callee_path, &decl, at);
                }
            }
            let Some(summary) = summary else {
                // Not analysed (no body): the result depends on every argument.
                if cx.prog.fn_info(callee).is_some_and(|f| !f.has_body) {
                    for t in &taints {
                        result.union(&t.flattened());
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
            for s in &summary.sinks {
                let Some(t) = taints.get(s.param as usize) else { continue };
                let mut through = s.through.clone();
                if let Some(g) = &entered {
                    if !through.iter().any(|x| x.purposes == g.purposes) {
                        through.push(g.clone());
                    }
                }
                let labels = t.path(s.field[0], s.field[1]).flatten();
                let hop = self.hop(span, StepKind::Passed { callee: named.0.into(), unknown_receiver });
                for l in labels {
                    match l {
                        Label::Src(c) => {
                            let mut trace = self.src_trace.get(&c).cloned().unwrap_or_default();
                            trace.push(hop.clone());
                            trace.extend(s.via.iter().cloned());
                            self.out.crossings.push(Crossing {
                                reported_in: s.reported_in,
                                class: c,
                                span: s.span,
                                callee: s.callee.clone(),
                                purpose: s.purpose.clone(),
                                through: through.clone(),
                                trace: cut(trace),
                            });
                        }
                        Label::Param(p, f, g) => {
                            let mut via = vec![hop.clone()];
                            via.extend(s.via.iter().cloned());
                            self.add_sink(Sink {
                                param: p,
                                field: [f, g],
                                callee: s.callee.clone(),
                                purpose: s.purpose.clone(),
                                reported_in: s.reported_in,
                                span: s.span,
                                via: cut(via),
                                through: through.clone(),
                            });
                        }
                    }
                }
            }
        }
        result
    }

    /// Data of ours that went through a callee and came back (a helper that
    /// returns what it was given): its trace notes the detour.
    fn through(&mut self, part: &Taint, args: &[Taint], span: Span, callee: (&str, bool), written: bool) {
        let mut passed = part.clone();
        passed.retain(|l| matches!(l, Label::Param(..)));
        for l in passed.substitute(args).flatten() {
            let Label::Src(c) = l else { continue };
            let hop = self.hop(span, self.came_back(callee, written));
            if let Some(t) = self.src_trace.get_mut(&c) {
                if t.last().is_none_or(|h| h.span != span) {
                    t.push(hop);
                    let trimmed = cut(std::mem::take(t));
                    *t = trimmed;
                }
            }
        }
    }

    /// Data returned by (or written by) `callee`, a path and whether its receiver type was unknown.
    fn came_back(&self, (callee, unknown_receiver): (&str, bool), written: bool) -> StepKind {
        let (callee, function) = (callee.to_string(), self.path.to_string());
        if written {
            StepKind::Written { callee, unknown_receiver, function }
        } else {
            StepKind::Returned { callee, unknown_receiver, function }
        }
    }

    /// Classifications entering this function through a callee's summary get a trace.
    fn enter(&mut self, t: &Taint, summary: &Summary, span: Span, callee: (&str, bool), written: bool) {
        for l in t.flatten() {
            let Label::Src(c) = l else { continue };
            if self.src_trace.contains_key(&c) {
                continue;
            }
            let mut trace = summary.traces.iter().find(|(x, _)| *x == c).map(|(_, t)| t.clone()).unwrap_or_default();
            trace.push(self.hop(span, self.came_back(callee, written)));
            self.src_trace.insert(c, cut(trace));
        }
    }

    /// The result of a call into `#[redline::declassify]` functions: when every
    /// classification its type carries is declassified by all of them, it carries nothing.
    fn declassified(&mut self, callees: &[DefId], ret: Ty) -> Ty {
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

    fn method_call(&mut self, recv_id: ExprId, rv: Val, method: &str, args: &[ExprId], span: Span) -> Val {
        let prog = self.cx.prog;
        let (targets, all_impls) = prog.method_targets(&rv.ty, method);
        if let Some(&first) = targets.first() {
            let mut vals = vec![rv.clone()];
            vals.extend(self.exprs(args));
            for &t in &targets {
                self.out.calls.push(Call { callee: t, span, all_impls });
            }
            let ret = prog.fn_info(first).map(|f| f.ret.clone()).unwrap_or(Ty::Unknown);
            // A trait method declared to return `Self`-typed data returns the receiver's type.
            let ret = match ret {
                Ty::Bounded(..) => rv.ty.autoderef().clone(),
                r => r,
            };
            let ret = self.declassified(&targets, ret);
            let mut ids = vec![recv_id];
            ids.extend_from_slice(args);
            let taint = self.apply(&targets, &ids, &vals, span, Some(all_impls));
            let opaque = targets.iter().all(|t| self.cx.policy.no_propagation(&prog.def(*t).path));
            return Val::of(ret, if opaque { Taint::default() } else { taint });
        }
        // Outside the workspace: a model of common std methods.
        let element = || match rv.ty.autoderef() {
            t @ Ty::Extern(..) if matches!(t.extern_name(), Some("HashMap" | "BTreeMap" | "IndexMap")) => match t {
                Ty::Extern(_, a) => a.get(1).cloned().unwrap_or(Ty::Unknown),
                _ => Ty::Unknown,
            },
            _ => rv.ty.element(),
        };
        let mut closure_ret = None;
        let mut vals = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if matches!(self.body.exprs[*a as usize].kind, ExprKind::Closure { .. }) {
                let el = Val::of(element(), rv.taint.clone());
                let acc = vals.first().cloned().unwrap_or_else(Val::unknown);
                self.closure_hint = Some(if method == "fold" {
                    vec![acc, el]
                } else if matches!(method, "sort_by" | "max_by" | "min_by" | "dedup_by") {
                    vec![el.clone(), el]
                } else if ELEMENT_CLOSURES.contains(&method) {
                    vec![el]
                } else {
                    Vec::new()
                });
                let v = self.expr(*a);
                self.closure_hint = None;
                if i == 0 || method == "fold" {
                    if let Ty::Extern(_, r) = &v.ty {
                        closure_ret = Some(Val::of(r.first().cloned().unwrap_or(Ty::Unknown), v.taint.clone()));
                    }
                }
                vals.push(v);
            } else {
                vals.push(self.expr(*a));
            }
        }
        // A dependency's method that `[functions]` gives a purpose.
        if let Some(p) = rv.ty.autoderef().extern_name().and(match rv.ty.autoderef() {
            Ty::Extern(p, _) => Some(p.to_string()),
            _ => None,
        }) {
            let key = format!("{p}::{method}");
            let mut all = vec![rv.clone()];
            all.extend(vals.iter().cloned());
            let mut ids = vec![recv_id];
            ids.extend_from_slice(args);
            self.extern_call(&key, &ids, &all, span);
        }
        if STORING_METHODS.contains(&method) {
            // `map.insert(k, v)` and `v.push(x)`: the receiver now holds the elements.
            let t = Self::union_all(&vals);
            self.write(recv_id, &t);
        }
        if self.cx.policy.no_propagation(method) {
            self.consume(&rv.taint);
            return Val::unknown();
        }
        if MAPPING_CLOSURES.contains(&method) {
            let name = rv.ty.autoderef().extern_name().unwrap_or("Iter").to_string();
            return match closure_ret {
                Some(r) => {
                    let ty = if r.ty == Ty::Unknown { Ty::Unknown } else { Ty::Extern(name.into(), vec![r.ty]) };
                    Val::of(ty, r.taint)
                }
                None => Val::of(Ty::Unknown, rv.taint.flattened()),
            };
        }
        let mut taint = rv.taint.clone();
        if method == "fold" {
            if let Some(r) = &closure_ret {
                taint.union(&r.taint);
            }
        }
        if ELEMENT_METHODS.contains(&method) {
            let ty = match rv.ty.autoderef() {
                Ty::Adt(..) => rv.ty.clone(),
                _ => rv.ty.map_marked(|_| element()),
            };
            return Val::of(ty, taint);
        }
        if SAME_METHODS.contains(&method) {
            return Val::of(rv.ty.clone(), taint);
        }
        // Unknown method of a type outside the workspace: it reads the receiver
        // and every argument, and its result may depend on all of them.
        self.consume(&rv.taint);
        for v in &vals {
            self.consume(&v.taint);
        }
        for v in &vals {
            if !matches!(v.ty, Ty::Extern(ref n, _) if &**n == "{closure}") {
                taint.union(&v.taint.flattened());
            }
        }
        Val::of(Ty::Unknown, taint)
    }
}

fn first_known(tys: impl IntoIterator<Item = Ty>) -> Ty {
    tys.into_iter().find(|t| *t != Ty::Unknown).unwrap_or(Ty::Unknown)
}

fn describe(kind: &ExprKind) -> String {
    match kind {
        ExprKind::Path(p) => format!("`{}`", p.segments.join("::")),
        ExprKind::Call { .. } => "the value returned here".into(),
        ExprKind::MethodCall { method, .. } => format!("the value returned by `.{method}()`"),
        ExprKind::Field { name, .. } => format!("`.{name}`"),
        ExprKind::Struct { .. } => "the value built here".into(),
        _ => "this value".into(),
    }
}

/// The label on an expression carrying classified data.
fn describe_val(cx: &Ctx, kind: &ExprKind, ty: &Ty) -> String {
    match ty {
        Ty::Unknown | Ty::Tuple(_) => format!("{} carries data derived from it", describe(kind)),
        _ => value_note(cx, describe(kind), ty),
    }
}

/// "reads field `Account::email`" for a classified field, else "`x` is `Vec<ChatMessage>`".
fn value_note(cx: &Ctx, what: String, ty: &Ty) -> String {
    if let Ty::Field(owner, i, inner) = ty {
        if cx.policy.field_class.contains_key(&(*owner, *i)) {
            return format!("reads {}", ty_name(cx.prog, ty));
        }
        return value_note(cx, what, inner);
    }
    format!("{what} is {}", ty_name(cx.prog, ty))
}

/// A type as people write it: `Vec<ChatMessage>`.
pub fn ty_name(prog: &Program, ty: &Ty) -> String {
    fn go(prog: &Program, ty: &Ty, depth: usize) -> String {
        if depth > 8 {
            return "..".into();
        }
        let list = |ts: &[Ty]| ts.iter().map(|t| go(prog, t, depth + 1)).collect::<Vec<_>>().join(", ");
        match ty {
            Ty::Adt(d, args) if args.is_empty() || args.iter().all(|a| *a == Ty::Unknown) => {
                format!("`{}`", prog.def(*d).name)
            }
            Ty::Adt(d, args) => format!("`{}<{}>`", prog.def(*d).name, list(args).replace('`', "")),
            Ty::Alias(d, _) => format!("`{}`", prog.def(*d).name),
            Ty::Field(owner, i, _) => {
                let d = prog.def(*owner);
                let owner_name = match &d.kind {
                    DefKind::Variant { parent, .. } => format!("{}::{}", prog.def(*parent).name, d.name),
                    _ => d.name.clone(),
                };
                let field =
                    prog.fields.get(owner).and_then(|f| f.get(*i as usize)).map(|(n, _)| n.as_str()).unwrap_or("?");
                format!("field `{owner_name}::{field}`")
            }
            Ty::Extern(p, args) => {
                let name = p.rsplit("::").next().unwrap_or(p);
                if args.is_empty() {
                    format!("`{name}`")
                } else {
                    format!("`{name}<{}>`", list(args).replace('`', ""))
                }
            }
            Ty::Ref(inner) => format!("`&{}`", go(prog, inner, depth + 1).replace('`', "")),
            Ty::Tuple(ts) => format!("`({})`", list(ts).replace('`', "")),
            Ty::Slice(t) => format!("`[{}]`", go(prog, t, depth + 1).replace('`', "")),
            Ty::Bounded(_, args) if !args.is_empty() => format!("`impl ..<{}>`", list(args).replace('`', "")),
            _ => "`_`".into(),
        }
    }
    go(prog, ty, 0)
}

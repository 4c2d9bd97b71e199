//! One walk over one function body: the type of every expression, the
//! classified data present in it, and the calls it makes.

use crate::policy::{ClassId, Policy};
use crate::resolve::{DefId, DefKind, FnInfo, Program, Res, Ty};
use crate::syntax::{Body, ExprId, ExprKind, PatId, PatKind, Span, Stmt, TyPath};

/// Classified data present in a body: where it first appears.
#[derive(Debug, Clone)]
pub struct Touch {
    pub class: ClassId,
    pub span: Span,
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub callee: DefId,
    pub span: Span,
    /// The receiver's type was unknown: every workspace impl of the trait method was taken.
    pub all_impls: bool,
}

#[derive(Debug, Default)]
pub struct Walked {
    pub touches: Vec<Touch>,
    pub calls: Vec<Call>,
}

/// Methods (of std types) whose result is the receiver's element.
const ELEMENT_METHODS: &[&str] = &[
    "unwrap",
    "expect",
    "unwrap_or",
    "unwrap_or_default",
    "unwrap_or_else",
    "unwrap_unchecked",
    "first",
    "last",
    "next",
    "next_back",
    "pop",
    "pop_front",
    "pop_back",
    "front",
    "back",
    "nth",
    "find",
    "max",
    "min",
    "max_by",
    "min_by",
    "max_by_key",
    "min_by_key",
    "get",
    "get_mut",
    "remove",
    "swap_remove",
    "first_mut",
    "last_mut",
];

/// Methods whose result is (a view of) the receiver.
const SAME_METHODS: &[&str] = &[
    "clone",
    "to_owned",
    "cloned",
    "copied",
    "as_ref",
    "as_mut",
    "borrow",
    "borrow_mut",
    "deref",
    "deref_mut",
    "as_deref",
    "as_deref_mut",
    "lock",
    "read",
    "write",
    "try_lock",
    "iter",
    "iter_mut",
    "into_iter",
    "drain",
    "rev",
    "filter",
    "skip",
    "take",
    "chain",
    "peekable",
    "by_ref",
    "to_vec",
    "into",
    "try_into",
    "as_slice",
    "ok",
    "into_inner",
    "inspect",
    "fuse",
    "step_by",
    "skip_while",
    "take_while",
    "collect",
    "sorted",
    "to_string",
    "as_str",
    "trim",
    "to_lowercase",
    "to_uppercase",
    "chars",
    "bytes",
    "lines",
    "split",
    "split_whitespace",
    "join",
    "concat",
    "values",
    "into_values",
    "zip",
    "enumerate",
    "flatten",
    "entry",
    "or_insert",
    "or_default",
    "then_some",
    "await",
];

/// Methods that take a closure called with the receiver's elements.
const ELEMENT_CLOSURES: &[&str] = &[
    "map",
    "filter",
    "for_each",
    "any",
    "all",
    "find",
    "position",
    "filter_map",
    "flat_map",
    "take_while",
    "skip_while",
    "inspect",
    "max_by_key",
    "min_by_key",
    "sort_by_key",
    "retain",
    "and_then",
    "map_or",
    "map_or_else",
    "is_some_and",
    "is_ok_and",
    "find_map",
    "partition",
    "group_by",
    "sort_by_cached_key",
];

/// Methods whose result is the closure's result, wrapped like the receiver.
const MAPPING_CLOSURES: &[&str] = &["map", "filter_map", "flat_map", "and_then", "find_map"];

pub struct Walker<'a> {
    prog: &'a Program,
    policy: &'a Policy,
    module: crate::resolve::ModId,
    self_ty: Option<Ty>,
    body: &'a Body,
    locals: Vec<(String, Ty)>,
    out: Walked,
    /// Parameter types for the next closure, from the method it is passed to.
    closure_hint: Option<Vec<Ty>>,
    classes: Vec<ClassId>,
}

impl<'a> Walker<'a> {
    pub fn walk(prog: &'a Program, policy: &'a Policy, f: DefId) -> Walked {
        let def = prog.def(f);
        let DefKind::Fn(info) = &def.kind else { return Walked::default() };
        let mut w = Walker {
            prog,
            policy,
            module: def.module,
            self_ty: info.self_ty.clone(),
            body: &info.body,
            locals: Vec::new(),
            out: Walked::default(),
            closure_hint: None,
            classes: Vec::new(),
        };
        w.params(info);
        if info.has_body {
            w.expr(info.body.root);
        }
        w.out
    }

    fn params(&mut self, info: &FnInfo) {
        if let (Some(r), Some(st)) = (info.sig.receiver, &self.self_ty) {
            let ty = if r.by_ref { Ty::Ref(Box::new(st.clone())) } else { st.clone() };
            self.touch(&ty, r.span, || "`self`".into());
            self.locals.push(("self".into(), ty));
        }
        for (p, ty) in info.sig.params.iter().zip(&info.params) {
            let name = match &self.body.pats[p.pat as usize].kind {
                PatKind::Bind { name, .. } => format!("parameter `{name}`"),
                _ => "parameter".into(),
            };
            self.touch(ty, p.span, || name);
            self.bind(p.pat, ty.clone(), false);
        }
    }

    /// Records the classes carried by a value of type `ty` at `span`.
    fn touch(&mut self, ty: &Ty, span: Span, what: impl FnOnce() -> String) {
        if span.hi <= span.lo {
            return;
        }
        self.classes.clear();
        self.policy.classes_of(ty, &mut self.classes);
        if self.classes.is_empty() {
            return;
        }
        let note = match ty {
            Ty::Field(..) => format!("reads {}", ty_name(self.prog, ty)),
            _ => format!("{} is {}", what(), ty_name(self.prog, ty)),
        };
        for &class in &self.classes {
            match self.out.touches.iter_mut().find(|t| t.class == class) {
                Some(t) => {
                    // The innermost expression wins over those containing it
                    // (children are walked first); otherwise the earliest.
                    let contains_old = span.lo <= t.span.lo && t.span.hi <= span.hi;
                    let inside_old = t.span.lo <= span.lo && span.hi <= t.span.hi;
                    if inside_old || (!contains_old && span.lo < t.span.lo) {
                        t.span = span;
                        t.note = note.clone();
                    }
                }
                None => self.out.touches.push(Touch { class, span, note: note.clone() }),
            }
        }
    }

    fn local(&self, name: &str) -> Option<&Ty> {
        self.locals.iter().rev().find(|(n, _)| n == name).map(|(_, t)| t)
    }

    fn bind(&mut self, p: PatId, ty: Ty, record: bool) {
        let pat = &self.body.pats[p as usize];
        match &pat.kind {
            PatKind::Bind { name, sub } => {
                if record {
                    self.touch(&ty, pat.span, || format!("`{name}`"));
                }
                if let Some(s) = sub {
                    self.bind(*s, ty.clone(), record);
                }
                self.locals.push((name.clone(), ty));
            }
            PatKind::Tuple(elems) => {
                let ts = match ty.autoderef() {
                    Ty::Tuple(ts) => ts.clone(),
                    _ => Vec::new(),
                };
                for (i, e) in elems.iter().enumerate() {
                    self.bind(*e, ts.get(i).cloned().unwrap_or(Ty::Unknown), record);
                }
            }
            PatKind::TupleStruct { path, elems } => {
                for (i, e) in elems.iter().enumerate() {
                    let t = self.pattern_field(path, &ty, &i.to_string(), i);
                    self.bind(*e, t, record);
                }
            }
            PatKind::Struct { path, fields } => {
                for (name, fp) in fields {
                    let t = self.pattern_field(path, &ty, name, usize::MAX);
                    self.bind(*fp, t, true);
                }
            }
            PatKind::Ref(inner) => self.bind(*inner, ty, record),
            PatKind::Slice(elems) => {
                let el = ty.element();
                for e in elems {
                    self.bind(*e, el.clone(), record);
                }
            }
            PatKind::Or(cases) => {
                for c in cases {
                    self.bind(*c, ty.clone(), record);
                }
            }
            PatKind::Typed { pat, ty: written } => {
                let t = self.prog.lower_ty(self.module, written, &[], self.self_ty.as_ref());
                self.bind(*pat, if t == Ty::Unknown { ty } else { t }, record);
            }
            PatKind::Ignore => {}
        }
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
        self.prog.variant_field(owner, &args, name).map(|(t, _)| t).unwrap_or(Ty::Unknown)
    }

    fn resolve_value_or_type(&self, path: &TyPath) -> Option<Res> {
        if path.segments.first().map(String::as_str) == Some("Self") {
            let Some(Ty::Adt(d, _)) = self.self_ty.as_ref().map(|t| t.autoderef().clone()) else { return None };
            let rest = &path.segments[1..];
            if rest.is_empty() {
                return Some(Res::Def(d));
            }
            let name = &rest[0];
            if let DefKind::Adt { variants, is_enum: true, .. } = &self.prog.def(d).kind {
                if let Some(i) = variants.iter().position(|v| &v.name == name) {
                    return Some(Res::Def(d + 1 + i as DefId));
                }
            }
            return self.prog.assoc_fn(d, name).map(Res::Def);
        }
        self.prog
            .resolve_path(self.module, &path.segments, path.global, true)
            .or_else(|| self.prog.resolve_path(self.module, &path.segments, path.global, false))
    }

    fn block_scope<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let n = self.locals.len();
        let r = f(self);
        self.locals.truncate(n);
        r
    }

    pub fn expr(&mut self, id: ExprId) -> Ty {
        let ty = self.expr_kind(id);
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
        if !container {
            self.touch(&ty, e.span, || describe(&e.kind));
        }
        ty
    }

    fn exprs(&mut self, ids: &[ExprId]) -> Vec<Ty> {
        ids.iter().map(|&e| self.expr(e)).collect()
    }

    fn expr_kind(&mut self, id: ExprId) -> Ty {
        let body = self.body;
        let e = &body.exprs[id as usize];
        match &e.kind {
            ExprKind::Path(p) => self.path(p),
            ExprKind::Lit => Ty::Unknown,
            ExprKind::Call { func, args } => {
                let fty = self.expr(*func);
                let arg_tys = self.exprs(args);
                self.call(fty, arg_tys, e.span)
            }
            ExprKind::MethodCall { receiver, method, args } => {
                let rty = self.expr(*receiver);
                self.method_call(rty, method, args, e.span)
            }
            ExprKind::Field { base, name } => {
                let bty = self.expr(*base);
                self.prog.field(&bty, name).map(|(t, _)| t).unwrap_or(Ty::Unknown)
            }
            ExprKind::Struct { path, fields, rest } => {
                for (_, f) in fields {
                    self.expr(*f);
                }
                if let Some(r) = rest {
                    self.expr(*r);
                }
                match self.resolve_value_or_type(path) {
                    Some(Res::Def(d)) => match &self.prog.def(d).kind {
                        DefKind::Adt { .. } => Ty::Adt(d, Vec::new()),
                        DefKind::Variant { parent, .. } => Ty::Adt(*parent, Vec::new()),
                        DefKind::Alias { .. } => self.prog.alias_target(d),
                        _ => Ty::Unknown,
                    },
                    _ => Ty::Unknown,
                }
            }
            ExprKind::Tuple(es) => Ty::Tuple(self.exprs(es)),
            ExprKind::Array(es) => {
                let tys = self.exprs(es);
                Ty::Slice(Box::new(first_known(tys)))
            }
            ExprKind::Block { stmts, tail, .. } => self.block_scope(|w| {
                for s in stmts {
                    match s {
                        Stmt::Let { pat, ty, init, els } => {
                            let it = init.map(|i| w.expr(i)).unwrap_or(Ty::Unknown);
                            if let Some(e) = els {
                                w.expr(*e);
                            }
                            let declared = ty
                                .as_ref()
                                .map(|t| w.prog.lower_ty(w.module, t, &[], w.self_ty.as_ref()))
                                .filter(|t| *t != Ty::Unknown);
                            w.bind(*pat, declared.unwrap_or(it), false);
                        }
                        Stmt::Expr(e) => {
                            w.expr(*e);
                        }
                    }
                }
                tail.map(|t| w.expr(t)).unwrap_or(Ty::Tuple(Vec::new()))
            }),
            ExprKind::If { cond, then, els } => self.block_scope(|w| {
                w.expr(*cond);
                let t = w.expr(*then);
                let e = els.map(|e| w.expr(e)).unwrap_or(Ty::Unknown);
                if t == Ty::Unknown || t == Ty::Tuple(Vec::new()) {
                    e
                } else {
                    t
                }
            }),
            ExprKind::Let { pat, expr } => {
                // `if let` bindings stay visible in the `then` block: the
                // enclosing `If` scope pops them.
                let t = self.expr(*expr);
                self.bind(*pat, t, false);
                Ty::Unknown
            }
            ExprKind::Match { scrutinee, arms } => {
                let st = self.expr(*scrutinee);
                let mut result = Ty::Unknown;
                for arm in arms {
                    let t = self.block_scope(|w| {
                        w.bind(arm.pat, st.clone(), false);
                        if let Some(g) = arm.guard {
                            w.expr(g);
                        }
                        w.expr(arm.body)
                    });
                    if result == Ty::Unknown {
                        result = t;
                    }
                }
                result
            }
            ExprKind::For { pat, iter, body: b } => {
                let it = self.expr(*iter);
                self.block_scope(|w| {
                    w.bind(*pat, it.element(), true);
                    w.expr(*b);
                });
                Ty::Tuple(Vec::new())
            }
            ExprKind::Loop { cond, body: b } => {
                self.block_scope(|w| {
                    if let Some(c) = cond {
                        w.expr(*c);
                    }
                    w.expr(*b);
                });
                Ty::Unknown
            }
            ExprKind::Closure { params, body: b } => {
                let hint = self.closure_hint.take().unwrap_or_default();
                let ret = self.block_scope(|w| {
                    for (i, (p, written)) in params.iter().enumerate() {
                        let t = match written {
                            Some(t) => w.prog.lower_ty(w.module, t, &[], w.self_ty.as_ref()),
                            None => hint.get(i).cloned().unwrap_or(Ty::Unknown),
                        };
                        w.bind(*p, t, true);
                    }
                    w.expr(*b)
                });
                Ty::Extern("{closure}".into(), vec![ret])
            }
            ExprKind::Ref(inner) => Ty::Ref(Box::new(self.expr(*inner))),
            ExprKind::Deref(inner) => {
                let t = self.expr(*inner);
                match t {
                    Ty::Ref(i) => *i,
                    other => other.autoderef().clone(),
                }
            }
            ExprKind::Arith(es) => first_known(self.exprs(es)),
            ExprKind::Compare(es) => {
                self.exprs(es);
                Ty::Unknown
            }
            ExprKind::Assign { lhs, rhs } => {
                self.expr(*rhs);
                self.expr(*lhs);
                Ty::Tuple(Vec::new())
            }
            ExprKind::Try(inner) => {
                let t = self.expr(*inner);
                t.map_marked(|t| match t {
                    Ty::Extern(_, args) if matches!(t.extern_name(), Some("Result" | "Option" | "Poll")) => {
                        args.first().cloned().unwrap_or(Ty::Unknown)
                    }
                    _ => Ty::Unknown,
                })
            }
            ExprKind::Await(inner) => self.expr(*inner),
            ExprKind::Return(inner) | ExprKind::Break(inner) => {
                if let Some(i) = inner {
                    self.expr(*i);
                }
                Ty::Unknown
            }
            ExprKind::Cast { expr, ty } => {
                self.expr(*expr);
                self.prog.lower_ty(self.module, ty, &[], self.self_ty.as_ref())
            }
            ExprKind::Index { base, index } => {
                let b = self.expr(*base);
                self.expr(*index);
                b.map_marked(|t| match t.autoderef() {
                    Ty::Extern(_, args)
                        if matches!(t.autoderef().extern_name(), Some("HashMap" | "BTreeMap" | "IndexMap")) =>
                    {
                        args.get(1).cloned().unwrap_or(Ty::Unknown)
                    }
                    inner => inner.element(),
                })
            }
            ExprKind::Macro { path, args } => {
                let tys = self.exprs(args);
                match path.last().map(String::as_str) {
                    Some("vec") => Ty::Extern("Vec".into(), vec![first_known(tys)]),
                    Some("format") => Ty::Extern("String".into(), Vec::new()),
                    _ => Ty::Unknown,
                }
            }
            ExprKind::Other(es) => {
                self.exprs(es);
                Ty::Unknown
            }
        }
    }

    fn path(&mut self, p: &TyPath) -> Ty {
        if p.segments.len() == 1 && !p.global {
            if let Some(t) = self.local(&p.segments[0]) {
                return t.clone();
            }
        }
        match self.resolve_value_or_type(p) {
            Some(Res::Def(d)) => match &self.prog.def(d).kind {
                DefKind::Fn(_) => Ty::FnItem(d),
                DefKind::Const(t) => {
                    let m = self.prog.def(d).module;
                    self.prog.lower_ty(m, t, &[], None)
                }
                DefKind::Adt { .. } => Ty::Adt(d, Vec::new()),
                DefKind::Variant { parent, .. } => Ty::Adt(*parent, Vec::new()),
                _ => Ty::Unknown,
            },
            Some(Res::External(path)) => Ty::Extern(format!("{{fn}}{path}").into(), Vec::new()),
            _ => Ty::Unknown,
        }
    }

    fn call(&mut self, fty: Ty, args: Vec<Ty>, span: Span) -> Ty {
        match fty {
            Ty::FnItem(d) => {
                self.out.calls.push(Call { callee: d, span, all_impls: false });
                let ret = self.prog.fn_info(d).map(|f| f.ret.clone()).unwrap_or(Ty::Unknown);
                self.declassified(&[d], ret)
            }
            // Tuple struct and tuple variant constructors.
            Ty::Adt(d, _) => Ty::Adt(d, Vec::new()),
            Ty::Extern(ref name, ref inner) if &**name == "{closure}" => inner.first().cloned().unwrap_or(Ty::Unknown),
            Ty::Extern(ref name, _) => {
                let path = name.trim_start_matches("{fn}");
                let last = path.rsplit("::").next().unwrap_or(path);
                let arg = args.into_iter().next().unwrap_or(Ty::Unknown);
                match last {
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
                }
            }
            _ => Ty::Unknown,
        }
    }

    /// The result of a call into `#[redline::declassify]` functions: when every
    /// classification it carries is declassified by all of them, it carries nothing.
    fn declassified(&mut self, callees: &[DefId], ret: Ty) -> Ty {
        let Some(first) = callees.first() else { return ret };
        let Some(cats) = self.policy.declassify.get(first) else { return ret };
        if callees.iter().any(|c| !self.policy.declassify.contains_key(c)) {
            return ret;
        }
        self.classes.clear();
        self.policy.classes_of(&ret, &mut self.classes);
        let covered = self.classes.iter().all(|c| {
            let cat = &self.policy.class(*c).category;
            cats.iter().any(|(from, _)| crate::policy::taxonomy::within(cat, from))
        });
        if covered {
            Ty::Unknown
        } else {
            ret
        }
    }

    fn method_call(&mut self, rty: Ty, method: &str, args: &[ExprId], span: Span) -> Ty {
        let (targets, all_impls) = self.prog.method_targets(&rty, method);
        if let Some(&first) = targets.first() {
            for a in args {
                self.expr(*a);
            }
            for &t in &targets {
                self.out.calls.push(Call { callee: t, span, all_impls });
            }
            let ret = self.prog.fn_info(first).map(|f| f.ret.clone()).unwrap_or(Ty::Unknown);
            // A trait method declared to return `Self`-typed data returns the receiver's type.
            let ret = match ret {
                Ty::Bounded(..) => rty.autoderef().clone(),
                r => r,
            };
            return self.declassified(&targets, ret);
        }
        // Outside the workspace: a model of common std methods.
        let element = || match rty.autoderef() {
            t @ Ty::Extern(..) if matches!(t.extern_name(), Some("HashMap" | "BTreeMap" | "IndexMap")) => match t {
                Ty::Extern(_, a) => a.get(1).cloned().unwrap_or(Ty::Unknown),
                _ => Ty::Unknown,
            },
            _ => rty.element(),
        };
        let mut closure_ret = None;
        for (i, a) in args.iter().enumerate() {
            if matches!(self.body.exprs[*a as usize].kind, ExprKind::Closure { .. }) {
                let el = element();
                self.closure_hint = Some(if method == "fold" {
                    vec![Ty::Unknown, el]
                } else if matches!(method, "sort_by" | "max_by" | "min_by" | "dedup_by") {
                    vec![el.clone(), el]
                } else if ELEMENT_CLOSURES.contains(&method) {
                    vec![el]
                } else {
                    Vec::new()
                });
                let t = self.expr(*a);
                self.closure_hint = None;
                if i == 0 {
                    if let Ty::Extern(_, r) = t {
                        closure_ret = r.into_iter().next();
                    }
                }
            } else {
                self.expr(*a);
            }
        }
        if MAPPING_CLOSURES.contains(&method) {
            let name = rty.autoderef().extern_name().unwrap_or("Iter").to_string();
            return match closure_ret {
                Some(r) if r != Ty::Unknown => Ty::Extern(name.into(), vec![r]),
                _ => Ty::Unknown,
            };
        }
        if ELEMENT_METHODS.contains(&method) {
            return match rty.autoderef() {
                Ty::Adt(..) => rty,
                _ => rty.map_marked(|_| element()),
            };
        }
        if SAME_METHODS.contains(&method) {
            return rty;
        }
        Ty::Unknown
    }
}

/// `Box::new(x)`, `Arc::new(x)`…: the result carries what `x` carries.
const CONTAINER_CTORS: &[&str] = &["Box", "Rc", "Arc", "Cow", "RefCell", "Cell", "Mutex", "RwLock", "Pin", "Some"];

fn first_known(tys: Vec<Ty>) -> Ty {
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
            _ => "`_`".into(),
        }
    }
    go(prog, ty, 0)
}

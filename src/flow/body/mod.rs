//! One walk over one function body. For every expression it computes a type
//! and a taint (what the value was computed from); it records where classified
//! data is present, the calls made, data crossing into functions with a purpose,
//! and the function's summary for its callers.

mod call;
mod cells;
mod db;
mod describe;
mod expr;
mod guard;
mod summary;

pub use describe::ty_name;
pub use guard::Known;
pub use summary::{
    Call, CellWrite, Crossing, Fact, GuardUse, Summary, Target, Touch, Trace, TraceParts, UseGuard, Walked, ELEMENTS_OF,
};

use super::cells::Cells;
use super::taint::{FieldSym, Label, Taint, WHOLE};
use crate::diag::{Step as Hop, StepKind, Text};
use crate::policy::{ClassId, Policy, PurposeDecl};
use crate::resolve::{DefId, DefKind, FnInfo, Program, Res, Ty};
use crate::syntax::{Body, PatId, PatKind, Span, TyPath};
use describe::value_note;
use rustc_hash::FxHashMap as HashMap;
use smol_str::SmolStr;
use std::sync::Arc;

/// What every walk of a round shares.
pub struct Ctx<'a> {
    pub prog: &'a Program,
    pub policy: &'a Policy,
    /// The callee summaries this walk reads.
    pub summaries: Summaries<'a>,
    pub fields: &'a HashMap<String, FieldSym>,
    /// `[functions]` entries by path (as written, and as defined): the path as written
    /// and the purpose.
    pub extern_purposes: &'a HashMap<String, ExternSink>,
    pub fn_purposes: &'a HashMap<DefId, Arc<PurposeDecl>>,
    /// Query sites, when `[columns]` or `[tables]` say something.
    pub db: Option<&'a crate::flow::db::Queries>,
    /// What channels and statics held after the previous round.
    pub cells: &'a Cells,
    /// What values of each struct hold in classified fields, as found so far.
    pub held: &'a Held,
}

/// What a value of a struct or enum, with generic arguments, holds in its classified fields
/// ([`Walker::field_classes`]), by definition: the same for every walk, and costly for an
/// enum of many variants (kanidm's `Value` has over a hundred), so found once.
pub type Held = std::sync::Mutex<HashMap<DefId, Vec<(Vec<Ty>, Arc<Taint>)>>>;

/// The summaries a walk reads.
#[derive(Clone, Copy)]
pub enum Summaries<'a> {
    /// Every function's latest summary, by function.
    All(&'a HashMap<DefId, Arc<Summary>>),
    /// Those of `callees` (indexes, sorted) as `live` holds them now (final, or of the
    /// walk's own recursive component as its last step left them), others' as `before`
    /// held them: what a walk sees does not depend on which thread ran first. (A first
    /// walk sees the callees guessed for it only, with nothing `before`.)
    Live {
        live: &'a [std::sync::Mutex<Arc<Summary>>],
        index: &'a HashMap<DefId, usize>,
        callees: &'a [usize],
        before: &'a HashMap<DefId, Arc<Summary>>,
    },
}

impl Summaries<'_> {
    pub fn get(&self, f: &DefId) -> Option<Arc<Summary>> {
        match *self {
            Summaries::All(all) => all.get(f).cloned(),
            Summaries::Live { live, index, callees, before } => match index.get(f) {
                Some(&i) if callees.binary_search(&i).is_ok() => {
                    Some(live[i].lock().unwrap_or_else(|e| e.into_inner()).clone())
                }
                _ => before.get(f).cloned(),
            },
        }
    }
}

/// A `[functions]` entry: its path as written, and its purpose.
pub type ExternSink = (Arc<str>, Arc<PurposeDecl>);

#[derive(Clone)]
struct Val {
    ty: Ty,
    taint: Taint,
}

impl Val {
    pub(super) fn unknown() -> Val {
        Val { ty: Ty::Unknown, taint: Taint::default() }
    }

    pub(super) fn of(ty: Ty, taint: Taint) -> Val {
        Val { ty, taint }
    }
}

struct Local {
    name: String,
    ty: Ty,
    taint: Taint,
    /// The parameter it is, if any.
    param: Option<u16>,
    /// Who it is about and what guards say of it (only with consent rules).
    guard: guard::LocalGuard,
    /// The loops and conditional code it was declared in: an assignment at the same depth
    /// replaces what it held (each iteration has a fresh one).
    depth: (u32, u32),
    /// The local declared before it whose name hashes as its name does ([`NONE`] if none).
    shadows: u32,
}

/// No local.
const NONE: u32 = u32::MAX;

/// How deep [`structs_within`] looks into a type.
const MAX_WITHIN: usize = 4;

/// The workspace structs a value of type `ty` holds whole, with their generic arguments,
/// itself or inside references, smart pointers, collections, `Option`s and tuples
/// (`&[Member]`, `Option<Member>`, `(u64, Member)`), to [`MAX_WITHIN`] levels.
fn structs_within<'t>(ty: &'t Ty, depth: usize, out: &mut Vec<(DefId, &'t [Ty])>) {
    if depth > MAX_WITHIN {
        return;
    }
    match ty.autoderef() {
        Ty::Adt(d, args) if !out.contains(&(*d, args.as_slice())) => out.push((*d, args)),
        Ty::Slice(e) => structs_within(e, depth + 1, out),
        Ty::Tuple(ts) | Ty::Extern(_, ts) => ts.iter().for_each(|t| structs_within(t, depth + 1, out)),
        _ => {}
    }
}

fn name_hash(name: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(name.as_bytes());
    h.finish()
}

pub struct Walker<'a, 'c> {
    cx: &'c Ctx<'a>,
    f: DefId,
    /// The function's file and path, as trace steps hold them.
    file_text: Text,
    path_text: Text,
    module: crate::resolve::ModId,
    self_ty: Option<Ty>,
    body: &'a Body,
    locals: Vec<Local>,
    /// The last local declared by the hash of its name (a name was looked for through all
    /// the locals: a function of 80,000 `let`s took six seconds).
    named: HashMap<u64, u32>,
    /// Set when a write added taint to a local (a loop body is then walked again).
    grew: bool,
    loop_depth: u32,
    /// Conditional code entered (`if` and `match` branches, closures): an assignment there
    /// may not run, so it does not replace what the local held.
    branch_depth: u32,
    out: Walked,
    /// The crossings in `out`, by [`Crossing::fact_hash`]: one is kept per fact (the callers
    /// of a function bring data to its sinks along many ways).
    crossed: HashMap<u64, Vec<u32>>,
    /// Parameter types and taints for the next closure, from the method it is passed to.
    closure_hint: Option<Vec<Val>>,
    classes: Vec<ClassId>,
    /// How each classification first entered this function.
    src_trace: HashMap<ClassId, Trace>,
    /// Classifications each parameter's declared type carries.
    param_classes: Vec<Vec<ClassId>>,
    /// Consent guards, when the policy has rules.
    g: Option<Box<guard::Guards>>,
    /// How diesel column paths are read where the walk is.
    db_mode: db::Mode,
    /// Receivers of dependency `&mut self` methods returning a reference (`&mut Self`):
    /// the call's result is that receiver, so a setter chained on it writes into it.
    receiver_aliases: rustc_hash::FxHashSet<crate::syntax::ExprId>,
}

impl<'a, 'c> Walker<'a, 'c> {
    pub fn walk(cx: &'c Ctx<'a>, f: DefId) -> Walked {
        let DefKind::Fn(info) = &cx.prog.def(f).kind else { return Walked::default() };
        let n_params = (info.params.len() + usize::from(info.sig.receiver.is_some())) as u16;
        let mut w = Walker::new(cx, f, &info.body, info.self_ty.clone());
        w.out.summary.uses = std::iter::repeat_n((false, Vec::new()), n_params as usize).collect();
        w.guards_start(n_params);
        w.params(info);
        if info.has_body {
            let ret = w.expr(info.body.root);
            w.out.summary.ret.union(&ret.taint);
            w.g_return(Some(info.body.root));
            w.out.summary.query = w.db_query_ty(&ret.ty).map(Box::new);
        }
        w.finish();
        w.out
    }

    /// Walks the initializer of a static: what it computes is stored in the static.
    pub fn walk_static(cx: &'c Ctx<'a>, d: DefId) -> Walked {
        let def = cx.prog.def(d);
        let DefKind::Static { init, .. } = &def.kind else { return Walked::default() };
        let mut w = Walker::new(cx, d, init, None);
        let v = w.expr(init.root);
        let what = format!("the initial value of static `{}`", def.name);
        w.cell_write(Target::Global(d), &v.taint, def.span, &what);
        w.out
    }

    fn new(cx: &'c Ctx<'a>, f: DefId, body: &'a Body, self_ty: Option<Ty>) -> Self {
        let def = cx.prog.def(f);
        Walker {
            cx,
            f,
            file_text: def.file.clone(),
            path_text: def.path.as_str().into(),
            module: def.module,
            self_ty,
            body,
            locals: Vec::new(),
            named: HashMap::default(),
            grew: false,
            loop_depth: 0,
            branch_depth: 0,
            out: Walked::default(),
            crossed: HashMap::default(),
            closure_hint: None,
            classes: Vec::new(),
            src_trace: HashMap::default(),
            param_classes: Vec::new(),
            g: None,
            db_mode: db::Mode::Normal,
            receiver_aliases: Default::default(),
        }
    }

    pub(super) fn finish(&mut self) {
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
        self.out.param_classes = all.into();
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
        let uses = std::mem::take(&mut self.out.uses);
        self.out.uses = uses
            .into_iter()
            .map(|mut u| {
                // How the data got there, then where it is used.
                let mut trace = self.src_trace.get(&u.class).map(|t| t.to_vec()).unwrap_or_default();
                let what = u.note.as_str().into();
                let here = self.hop(u.span, StepKind::Value { what, function: self.path_text.clone() });
                if trace.last().is_none_or(|h| h.span != here.span || h.file != here.file) {
                    trace.push(here);
                }
                u.trace = super::cut(trace);
                u
            })
            .collect();
        self.out.summary.guard = self.g_summary();
    }

    pub(super) fn hop(&self, span: Span, kind: StepKind) -> Hop {
        Hop::new(self.file_text.clone(), span, kind)
    }

    pub(super) fn params(&mut self, info: &FnInfo) {
        let mut index = 0u16;
        let receiver = info.sig.receiver.zip(self.self_ty.clone());
        for ty in receiver.iter().map(|(_, t)| t).chain(&info.params) {
            let mut classes = Vec::new();
            self.cx.policy.classes_of(ty, &mut classes);
            self.param_classes.push(classes);
        }
        if let (Some(r), Some(st)) = (info.sig.receiver, &self.self_ty) {
            let ty = if r.by_ref { Ty::Ref(Box::new(st.clone())) } else { st.clone() };
            let taint = self.bound_param(0);
            let taint = self.typed_taint(&ty, taint, r.span, || "`self`".into());
            let guard = self.g_param(0, &ty);
            let prog = self.cx.prog;
            self.touch(&taint, r.span, || format!("`self` is {}", ty_name(prog, &ty)));
            self.push_local(Local {
                name: "self".into(),
                ty,
                taint,
                param: Some(0),
                guard,
                depth: (0, 0),
                shadows: NONE,
            });
            index = 1;
        }
        let (body, prog) = (self.body, self.cx.prog);
        for (p, ty) in info.sig.params.iter().zip(&info.params) {
            // Described only for a finding (a walk of a function with no classified data
            // formats nothing).
            let bound = match &body.pats[p.pat as usize].kind {
                PatKind::Bind { name, .. } => Some(name.as_str()),
                _ => None,
            };
            let name = move || bound.map_or_else(|| "parameter".into(), |n| format!("parameter `{n}`"));
            let taint = self.bound_param(index);
            let taint = self.typed_taint(ty, taint, p.span, name);
            let guard = self.g_param(index, ty);
            self.touch(&taint, p.span, || format!("{} is {}", name(), ty_name(prog, ty)));
            let n = self.locals.len();
            self.bind(p.pat, ty.clone(), taint, false);
            for l in &mut self.locals[n..] {
                l.param = Some(index);
                l.guard = guard.clone();
            }
            index += 1;
        }
    }

    /// Adds the classifications a value of type `ty` carries to `taint`, and
    /// records them as present at `span`.
    pub(super) fn typed_taint(
        &mut self,
        ty: &Ty,
        mut taint: Taint,
        span: Span,
        what: impl FnOnce() -> String,
    ) -> Taint {
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
                let hop =
                    self.hop(span, StepKind::Value { what: text.as_str().into(), function: self.path_text.clone() });
                self.src_trace.insert(c, Trace::one(hop));
            }
        }
        self.classes = classes;
        taint
    }

    /// `v` given to code outside the workspace, which may read all of it: with what its
    /// struct type holds in classified fields (`serde_json::to_string(&member)`).
    fn opaque_use(&self, v: &Val) -> Val {
        let mut v = v.clone();
        self.hold_fields(&mut v);
        v
    }

    /// Adds to `v` what the structs its type holds whole carry in classified fields
    /// ([`Walker::opaque_use`] in place).
    fn hold_fields(&self, v: &mut Val) {
        if self.cx.policy.field_class.is_empty() {
            return;
        }
        let mut structs = Vec::new();
        structs_within(&v.ty, 0, &mut structs);
        for (d, args) in structs {
            v.taint.union(&self.held_by(d, args));
        }
    }

    /// [`Walker::field_classes`] of `d` with `args`, found once per check.
    fn held_by(&self, d: DefId, args: &[Ty]) -> Arc<Taint> {
        let found = |held: &Held| -> Option<Arc<Taint>> {
            let held = held.lock().unwrap_or_else(|e| e.into_inner());
            held.get(&d)?.iter().find(|(a, _)| a == args).map(|(_, t)| t.clone())
        };
        if let Some(t) = found(self.cx.held) {
            return t;
        }
        let t = Arc::new(self.field_classes(d, args, 0));
        let mut held = self.cx.held.lock().unwrap_or_else(|e| e.into_inner());
        let known = held.entry(d).or_default();
        // Another thread may have found it meanwhile.
        if !known.iter().any(|(a, _)| a == args) {
            known.push((args.to_vec(), t.clone()));
        }
        t
    }

    /// What a value of struct `d` (with generic arguments `args`; of an enum, any of its
    /// variants) holds in its classified fields (`#[redline::data]` on a field, `[data]` on
    /// a field path), each under its field, and in those of its fields' structs, a generic
    /// parameter's being its argument's (`Labelled<Member>`'s `inner: T`): passed whole
    /// (serialized, given to a `[functions]` sink) it carries them.
    fn field_classes(&self, d: DefId, args: &[Ty], depth: usize) -> Taint {
        let prog = self.cx.prog;
        if prog.fields.contains_key(&d) {
            return self.fields_held(d, d, args, depth);
        }
        // An enum: what the fields of any of its variants hold.
        let mut out = Taint::default();
        for v in prog.variant_defs(d) {
            out.union(&self.fields_held(v, d, args, depth));
        }
        out
    }

    /// [`Walker::field_classes`] of the fields of struct or variant `d`, of type `owner`.
    /// A field declared as a type parameter holds its argument as it was given: the
    /// structs within it count as if held directly (`Labelled<Member>`,
    /// `Labelled<Vec<Member>>`), at the same depth; each such step goes into a part of the
    /// (finite) argument, so it ends. Another struct field counts one level down.
    fn fields_held(&self, d: DefId, owner: DefId, args: &[Ty], depth: usize) -> Taint {
        let mut out = Taint::default();
        let Some(fields) = self.cx.prog.fields.get(&d) else { return out };
        for (i, (name, fty)) in fields.iter().enumerate() {
            let mut part = Taint::default();
            if let Some(&c) = self.cx.policy.field_class.get(&(d, i as u32)) {
                // No trace step here: reading the field, or passing the whole on, says where.
                part.add(Label::Src(c));
            }
            match fty {
                Ty::Generic(g) => {
                    let mut within = Vec::new();
                    if let Some(arg) = args.get(*g as usize) {
                        structs_within(arg, 0, &mut within);
                    }
                    for (e, eargs) in within {
                        part.union(&self.field_classes(e, eargs, depth));
                    }
                }
                _ if depth < 1 => {
                    let fty = if args.is_empty() {
                        std::borrow::Cow::Borrowed(fty)
                    } else {
                        std::borrow::Cow::Owned(fty.subst(args))
                    };
                    if let Ty::Adt(e, eargs) = fty.autoderef() {
                        if *e != owner {
                            part.union(&self.field_classes(*e, eargs, depth + 1));
                        }
                    }
                }
                _ => {}
            }
            out.set_field(self.sym(name), &part);
        }
        out
    }

    /// Records the classifications a value carries as present at `span`.
    pub(super) fn touch(&mut self, taint: &Taint, span: Span, note: impl FnOnce() -> String) {
        if span.hi <= span.lo {
            return;
        }
        let mut note = Some(note);
        let mut text: Option<String> = None;
        if self.guards_on() {
            let mut lazy = || text.get_or_insert_with(|| note.take().map(|f| f()).unwrap_or_default()).clone();
            self.g_use(taint.labels(), span, &mut lazy);
        }
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
            // The way the data took up to here (not what happens to it later in the body).
            let trace = self.src_trace.get(&class).cloned().unwrap_or_default();
            match existing {
                Some(i) => {
                    let t = &mut self.out.touches[i];
                    (t.span, t.note, t.trace) = (span, text, trace);
                }
                None => self.out.touches.push(Touch { class, span, note: text, trace }),
            }
        }
    }

    pub(super) fn local(&self, name: &str) -> Option<usize> {
        let mut at = *self.named.get(&name_hash(name))?;
        while at != NONE {
            let l = &self.locals[at as usize];
            if l.name == name {
                return Some(at as usize);
            }
            at = l.shadows;
        }
        None
    }

    fn push_local(&mut self, mut l: Local) {
        let at = self.locals.len() as u32;
        l.shadows = self.named.insert(name_hash(&l.name), at).unwrap_or(NONE);
        self.locals.push(l);
    }

    /// Forgets the locals declared since there were `n`.
    fn truncate_locals(&mut self, n: usize) {
        while self.locals.len() > n {
            let Some(l) = self.locals.pop() else { break };
            match l.shadows {
                NONE => self.named.remove(&name_hash(&l.name)),
                before => self.named.insert(name_hash(&l.name), before),
            };
        }
    }

    pub(super) fn bind(&mut self, p: PatId, ty: Ty, taint: Taint, record: bool) {
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
                let depth = (self.loop_depth, self.branch_depth);
                let guard = guard::LocalGuard::default();
                self.push_local(Local { name, ty, taint, param: None, guard, depth, shadows: NONE });
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
            PatKind::Bool(_) | PatKind::Ignore => {}
        }
    }

    pub(super) fn sym(&self, name: &str) -> FieldSym {
        self.cx.fields.get(name).copied().unwrap_or(WHOLE)
    }

    /// The type of a field bound by a struct or tuple-struct pattern.
    pub(super) fn pattern_field(&self, path: &TyPath, scrutinee: &Ty, name: &str, index: usize) -> Ty {
        if path.segments.len() == 1 && !path.global && path.segments[0] != "Self" {
            // `Some(x)`, `Ok(x)`, `Err(e)`
            let inner = scrutinee.autoderef();
            let wrapper = matches!(inner.extern_name(), Some("Option" | "Result" | "Poll"));
            match (path.segments[0].as_str(), inner) {
                ("Some" | "Ok", Ty::Extern(_, args)) if wrapper => return args.first().cloned().unwrap_or(Ty::Unknown),
                ("Err", Ty::Extern(_, args)) => return args.get(1).cloned().unwrap_or(Ty::Unknown),
                // An element method's result (`v.pop()`, `q.pop_front()`, `v.first()`) is
                // modelled as the element, not `Option<_>`: `Some(x)` binds it.
                ("Some", Ty::Adt(..) | Ty::Extern(..)) => return scrutinee.clone(),
                _ => {}
            }
        }
        let args = match scrutinee.autoderef() {
            Ty::Adt(_, a) => a.clone(),
            _ => Vec::new(),
        };
        let owner = match self.resolve_value_or_type(&path.segments, path.global) {
            Some(Res::Def(d)) => d,
            _ => return if index == usize::MAX { Ty::Unknown } else { scrutinee.element() },
        };
        self.cx.prog.variant_field(owner, &args, name).map(|(t, _)| t).unwrap_or(Ty::Unknown)
    }

    pub(super) fn resolve_value_or_type(&self, segments: &[SmolStr], global: bool) -> Option<Res> {
        let prog = self.cx.prog;
        if segments.first().map(|s| s.as_str()) == Some("Self") {
            let Some(Ty::Adt(d, _)) = self.self_ty.as_ref().map(|t| t.autoderef().clone()) else { return None };
            let rest = &segments[1..];
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
        let value = prog.resolve_path(self.module, segments, global, true);
        match value {
            Some(Res::External(_)) | None => match prog.resolve_path(self.module, segments, global, false) {
                Some(t @ (Res::Def(_) | Res::Mod(_))) => Some(t),
                _ => value,
            },
            v => v,
        }
    }

    /// A loop body: walked again when it wrote new taint into a local that
    /// lives across iterations (what one iteration stores, the next one reads).
    /// Only the outermost loop is walked twice; that covers the loops inside it.
    pub(super) fn looping(&mut self, mut body: impl FnMut(&mut Self)) {
        let outer = std::mem::replace(&mut self.grew, false);
        self.loop_depth += 1;
        self.block_scope(&mut body);
        if self.grew && self.loop_depth == 1 {
            self.block_scope(&mut body);
        }
        self.loop_depth -= 1;
        self.grew |= outer;
    }

    pub(super) fn block_scope<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let n = self.locals.len();
        let mark = self.g_mark();
        let r = f(self);
        self.truncate_locals(n);
        self.g_reset(mark);
        r
    }
}

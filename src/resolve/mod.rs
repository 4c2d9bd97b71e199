//! Phase 3: name resolution. Builds the module tree and item table of the whole
//! workspace, resolves imports and re-exports to a fixpoint, resolves the types
//! in signatures and fields, and indexes methods by receiver type and trait.
//! [`Program`] also answers the questions the flow phase asks while it walks a
//! body (what a path names, a field's type, which functions a method call may run).

pub mod deps;
mod ty;

pub use ty::{Ty, CONTAINERS};

use crate::load::{CrateSpec, Loaded, ModuleFile};
use crate::syntax::{self, AnnotationAttr, Attrs, Body, Fields, Item, ItemKind, Span, TyPath};
use rustc_hash::FxHashMap as HashMap;
use smol_str::SmolStr;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub type DefId = u32;
pub type ModId = u32;

/// What a name refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Res {
    Def(DefId),
    Mod(ModId),
    /// Outside the workspace: std or a dependency, by full path as written.
    External(Box<str>),
}

#[derive(Debug, Default)]
pub struct Scope {
    /// name → (what, visible to other modules, how it was bound)
    pub types: HashMap<SmolStr, (Res, bool, Made)>,
    pub values: HashMap<SmolStr, (Res, bool, Made)>,
    /// Bindings made or improved so far, for the names of each of [`NAME_GROUPS`] groups
    /// (by a hash of the name): an import that looked up a few names of a scope is done
    /// again only when one of their groups changed, a glob import copies its target again
    /// only when any did.
    name_changes: [u32; NAME_GROUPS],
}

/// How many groups a scope's names are counted in (see [`Scope::name_changes`]).
const NAME_GROUPS: usize = 16;

/// What an import read of a scope: the names of one group, or all of it (a glob).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Read {
    Group(u8),
    All,
}

/// What resolving a path read of scopes: the name groups it looked up, by module, and
/// whether a binding it went through was made by a glob import (a binding by name may still
/// replace it, so that the path may resolve differently later).
#[derive(Default)]
struct Watch {
    reads: Vec<(ModId, Read)>,
    via_glob: bool,
}

/// The group of [`Scope::name_changes`] a name is counted in.
fn name_group(name: &str) -> u8 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    let h = BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(name);
    (h >> 60) as u8 % NAME_GROUPS as u8
}

impl Scope {
    /// The count of changes to what `read` covers.
    fn changes_of(&self, read: Read) -> u32 {
        match read {
            Read::Group(g) => self.name_changes[g as usize],
            Read::All => self.name_changes.iter().sum(),
        }
    }
}

/// How a name was bound, weakest first: a binding gives way only to a stronger one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Made {
    /// By a glob import (`use a::*`).
    Glob,
    /// By an import by name whose path went through a binding made by a glob import: the
    /// glob's binding may still give way to one by name, and the path then mean another
    /// item.
    ThroughGlob,
    /// By an item or an import by name.
    Named,
}

#[derive(Debug)]
pub struct Module {
    pub krate: usize,
    pub parent: Option<ModId>,
    pub name: String,
    /// `crate_name::a::b`
    pub path: String,
    /// The file holding it (for inline modules, the file of the parent).
    pub file: String,
    pub scope: Scope,
    /// Annotations among its items that belong to no definition:
    /// `module_purpose!`, and annotations where none applies.
    pub item_annotations: Vec<AnnotationAttr>,
    pub attrs: Vec<AnnotationAttr>,
}

#[derive(Debug)]
pub enum DefKind {
    Adt {
        generics: Vec<String>,
        fields: Fields,
        variants: Vec<syntax::VariantDef>,
        is_enum: bool,
    },
    Variant {
        parent: DefId,
        index: usize,
    },
    Alias {
        generics: Vec<String>,
        ty: syntax::Ty,
    },
    Trait {
        methods: Vec<(String, DefId)>,
    },
    Fn(Box<FnInfo>),
    Const(syntax::Ty),
    /// A `static` (with those `thread_local!` and `lazy_static!` declare) and its initializer.
    Static {
        ty: syntax::Ty,
        init: Body,
    },
}

#[derive(Debug)]
pub struct Def {
    pub name: String,
    pub module: ModId,
    /// Full path: `krate::module::Name`, `krate::module::Type::method`.
    pub path: String,
    /// The file it is in, shared with the other definitions of that file.
    pub file: std::sync::Arc<str>,
    pub span: Span,
    pub attrs: Vec<AnnotationAttr>,
    pub kind: DefKind,
    /// What database code needs of it (model attributes, a constant's text, diesel schema items).
    pub db: Option<Box<syntax::DbInfo>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Free,
    Impl(usize),
    Trait(DefId),
}

#[derive(Debug)]
pub struct FnInfo {
    pub sig: syntax::Signature,
    pub body: std::sync::Arc<Body>,
    pub has_body: bool,
    pub container: Container,
    /// Resolved signature, filled after imports are resolved.
    pub params: Vec<Ty>,
    pub ret: Ty,
    pub self_ty: Option<Ty>,
}

impl FnInfo {
    /// A function as declared, before its signature's types are resolved.
    fn declared(f: syntax::FnDef, container: Container) -> FnInfo {
        FnInfo {
            sig: f.sig,
            body: f.body,
            has_body: f.has_body,
            container,
            params: Vec::new(),
            ret: Ty::Unknown,
            self_ty: None,
        }
    }
}

#[derive(Debug)]
pub struct ImplInfo {
    pub module: ModId,
    pub generics: syntax::Generics,
    pub trait_path: Option<TyPath>,
    pub trait_def: Option<DefId>,
    pub self_syn: syntax::Ty,
    pub self_ty: Ty,
    pub methods: Vec<DefId>,
    pub attrs: Vec<AnnotationAttr>,
    pub file: String,
}

pub struct Program {
    /// The workspace root.
    pub root: std::path::PathBuf,
    pub crates: Vec<CrateSpec>,
    pub crate_roots: Vec<ModId>,
    /// Per crate: what each dependency name its code uses resolves to (the root module
    /// of a workspace library, else the dependency's library name).
    extern_names: Vec<HashMap<String, Res>>,
    /// Per crate: the workspace libraries it depends on.
    lib_deps: Vec<Vec<usize>>,
    /// Per crate, once asked ([`Program::crate_sees`]): the crates its code can name, a bit
    /// each.
    sees: Vec<std::sync::OnceLock<Vec<u64>>>,
    pub modules: Vec<Module>,
    pub defs: Vec<Def>,
    pub impls: Vec<ImplInfo>,
    /// (type, method name) → methods: inherent first, then trait impls.
    pub methods: HashMap<(DefId, String), Vec<DefId>>,
    /// (trait, method name) → every implementation in the workspace.
    pub trait_impls: HashMap<(DefId, String), Vec<DefId>>,
    /// method name → workspace traits declaring it.
    pub traits_by_method: HashMap<String, Vec<DefId>>,
    /// (extern type path, method) → impls on types outside the workspace.
    pub extern_methods: HashMap<(String, String), Vec<DefId>>,
    /// Fields of each struct and enum variant, resolved (`Generic(i)` for the
    /// ADT's parameters).
    pub fields: HashMap<DefId, Vec<(String, Ty)>>,
    /// Every `static` (those of `thread_local!` and `lazy_static!` too).
    pub statics: Vec<DefId>,
    /// The dependencies' public APIs, indexed when first looked up.
    pub deps: deps::Deps,
    /// Glob imports not followed, past [`MAX_GLOB_NAMES`]: the file they are written in and
    /// where.
    pub globs_not_followed: Vec<(String, Span)>,
    /// Imports not resolved to the end, past [`MAX_IMPORT_STEPS_PER_IMPORT`]: the file they
    /// are written in and where.
    pub imports_unsettled: Vec<(String, Span)>,
}

/// Most names the glob imports of one program (the workspace, or one dependency) copy into
/// the modules importing them, counted each time one is copied. Copying is work and memory
/// in the product of the importing modules and the names imported: 4,000 modules each
/// `use crate::*` of a root with 4,000 items took 2.3 s and 1.9 GB. The services we tried
/// copy at most a few thousand.
pub const MAX_GLOB_NAMES: usize = 1_000_000;

/// Most times each import is resolved, on average over a program's imports (an import is
/// resolved again when a name it looked up, or the scope a glob import copies, changed).
/// Chains of re-exports of any length take two steps per link; the bound only stops
/// imports that keep changing each other's meaning. Past it, the imports still waiting get
/// an `analysis-limit` warning.
pub const MAX_IMPORT_STEPS_PER_IMPORT: usize = 64;

/// The package of the annotations crate, whose library is named `redline`.
const ANNOTATIONS_PACKAGE: &str = "redline-annotations";

/// `prefix::a::b` for the segments `[a, b]`, allocated once.
fn external_path(prefix: &str, segs: &[impl AsRef<str>]) -> Box<str> {
    let len = prefix.len() + segs.iter().map(|s| s.as_ref().len() + 2).sum::<usize>();
    let mut out = String::with_capacity(len);
    out.push_str(prefix);
    for seg in segs {
        out.push_str("::");
        out.push_str(seg.as_ref());
    }
    out.into_boxed_str()
}

/// How code names a dependency from outside the workspace (whose manifest redline does
/// not read): its package name with `-` as `_`, the usual library name, except for the
/// annotations crate, whose library is `redline` (so `#[redline::data]` is recognised
/// through `redline = { package = "redline-annotations", .. }` and any rename of it).
fn extern_lib_name(package: &str) -> String {
    if package == ANNOTATIONS_PACKAGE {
        "redline".to_string()
    } else {
        package.replace('-', "_")
    }
}

impl Program {
    /// Gives back the room the tables grew into while they were built: the program lives
    /// until the flow ends, and its scopes and definitions are most of what it holds.
    fn shrink(&mut self) {
        for m in &mut self.modules {
            m.scope.types.shrink_to_fit();
            m.scope.values.shrink_to_fit();
        }
        self.modules.shrink_to_fit();
        self.defs.shrink_to_fit();
        self.impls.shrink_to_fit();
    }

    pub fn def(&self, id: DefId) -> &Def {
        &self.defs[id as usize]
    }

    pub fn fn_info(&self, id: DefId) -> Option<&FnInfo> {
        match &self.defs[id as usize].kind {
            DefKind::Fn(f) => Some(f),
            _ => None,
        }
    }

    /// Gives each function whose body was left for later ([`crate::load::Lazy`]) its body,
    /// found by the address of the body it holds until then.
    pub fn attach_bodies(&mut self, bodies: &crate::load::Bodies) {
        for d in &mut self.defs {
            if let DefKind::Fn(f) = &mut d.kind {
                if let Some(body) = bodies.get(&(std::sync::Arc::as_ptr(&f.body) as usize)) {
                    f.body = body.clone();
                }
            }
        }
    }

    pub fn fn_ids(&self) -> impl Iterator<Item = DefId> + '_ {
        self.defs.iter().enumerate().filter(|(_, d)| matches!(d.kind, DefKind::Fn(_))).map(|(i, _)| i as DefId)
    }

    pub fn crate_root(&self, m: ModId) -> ModId {
        self.crate_roots[self.modules[m as usize].krate]
    }

    fn lookup(&self, m: ModId, name: &str, value_ns: bool) -> Option<&Res> {
        self.lookup_watched(m, name, value_ns, &mut None)
    }

    fn extern_crate(&self, m: ModId, name: &str) -> Option<&Res> {
        self.extern_names.get(self.modules[m as usize].krate)?.get(name)
    }

    /// [`Program::extern_names`], once the crates' root modules exist.
    fn index_extern_names(&mut self) {
        let lib_root = |pkg: &str| self.crates.iter().position(|c| c.is_lib && c.package == pkg);
        self.extern_names = (self.crates.iter())
            .map(|krate| {
                let mut names = HashMap::default();
                for (name, pkg) in &krate.deps {
                    let res = match lib_root(pkg) {
                        Some(i) => Res::Mod(self.crate_roots[i]),
                        None => Res::External(extern_lib_name(pkg).into()),
                    };
                    // The first of two entries with one name wins, as before.
                    names.entry(name.clone()).or_insert(res);
                }
                names
            })
            .collect();
        self.lib_deps =
            self.crates.iter().map(|krate| krate.deps.iter().filter_map(|(_, pkg)| lib_root(pkg)).collect()).collect();
        self.sees = (0..self.crates.len()).map(|_| std::sync::OnceLock::new()).collect();
    }

    /// Whether code of crate `from` can name items of crate `to`: its own, and those of the
    /// workspace libraries it depends on, directly or through others (which may re-export
    /// them).
    pub fn crate_sees(&self, from: usize, to: usize) -> bool {
        let Some(once) = self.sees.get(from) else { return true };
        let bits = once.get_or_init(|| {
            let mut bits = vec![0u64; self.crates.len().div_ceil(64)];
            let mut todo = vec![from];
            while let Some(k) = todo.pop() {
                if bits[k / 64] & 1 << (k % 64) == 0 {
                    bits[k / 64] |= 1 << (k % 64);
                    todo.extend(self.lib_deps.get(k).into_iter().flatten());
                }
            }
            bits
        });
        bits.get(to / 64).is_some_and(|w| w & 1 << (to % 64) != 0)
    }

    /// Resolves a path written in module `m`. `value_ns` selects the namespace
    /// of the last segment. Unknown leading names resolve to [`Res::External`].
    pub fn resolve_path(&self, m: ModId, segs: &[impl AsRef<str>], global: bool, value_ns: bool) -> Option<Res> {
        self.resolve_path_watched(m, segs, global, value_ns, None)
    }

    /// [`Program::lookup`], noting in `watch` (if any) whether a glob import made the binding.
    fn lookup_watched(&self, m: ModId, name: &str, value_ns: bool, watch: &mut Option<&mut Watch>) -> Option<&Res> {
        let s = &self.modules[m as usize].scope;
        let (r, _, made) = if value_ns { s.values.get(name) } else { s.types.get(name) }?;
        if let Some(w) = watch {
            w.via_glob |= *made != Made::Named;
        }
        Some(r)
    }

    /// [`Program::resolve_path`], adding to `watch` every name it looks up in a scope, by
    /// module and name group (the result changes only when one of these groups does), and
    /// whether it went through a binding made by a glob import.
    fn resolve_path_watched<S: AsRef<str>>(
        &self,
        m: ModId,
        segs: &[S],
        global: bool,
        value_ns: bool,
        mut watch: Option<&mut Watch>,
    ) -> Option<Res> {
        let read = |watch: &mut Option<&mut Watch>, x: ModId, name: &str| {
            if let Some(w) = watch {
                w.reads.push((x, Read::Group(name_group(name))));
            }
        };
        let (first, rest) = segs.split_first()?;
        let first = first.as_ref();
        let last_ns = |is_last: bool| is_last && value_ns;
        // Outside the workspace, the rest of a path is only spelled out: a found binding is
        // cloned only when it is what the path resolves to, or a module or definition.
        let step = |found: Option<&Res>, name: &str, after: &[S]| match found {
            Some(Res::External(p)) if !after.is_empty() => Res::External(external_path(p, after)),
            Some(r) => r.clone(),
            None => Res::External(external_path(name, after)),
        };
        let mut cur = if global {
            step(self.extern_crate(m, first), first, rest)
        } else {
            match first {
                "crate" => Res::Mod(self.crate_root(m)),
                "self" => Res::Mod(m),
                "super" => Res::Mod(self.modules[m as usize].parent?),
                "Self" => return None,
                _ => {
                    read(&mut watch, m, first);
                    let found = self
                        .lookup_watched(m, first, last_ns(rest.is_empty()), &mut watch)
                        .or_else(|| match rest.is_empty() && value_ns {
                            true => None,
                            false => self.lookup_watched(m, first, false, &mut watch),
                        })
                        .or_else(|| self.extern_crate(m, first));
                    step(found, first, rest)
                }
            }
        };
        for (i, seg) in rest.iter().enumerate() {
            let seg = seg.as_ref();
            let is_last = i + 1 == rest.len();
            cur = match cur {
                Res::Mod(x) if seg == "super" => Res::Mod(self.modules[x as usize].parent?),
                Res::Mod(x) => {
                    read(&mut watch, x, seg);
                    // An import takes each namespace's own item (`use a::f` of a function binds
                    // no type: a glob's module `f` stays visible).
                    let other_ns = !is_last || watch.is_none();
                    let found = self.lookup_watched(x, seg, last_ns(is_last), &mut watch).or_else(|| {
                        other_ns.then(|| self.lookup_watched(x, seg, !last_ns(is_last), &mut watch)).flatten()
                    });
                    step(Some(found?), seg, &rest[i + 1..])
                }
                // Spelled out already (see `step`).
                Res::External(p) => return Some(Res::External(p)),
                Res::Def(d) => match &self.defs[d as usize].kind {
                    DefKind::Adt { variants, is_enum: true, .. } => match variants.iter().position(|v| v.name == seg) {
                        Some(idx) => Res::Def(self.variant_def(d, idx)?),
                        None => Res::Def(self.assoc_fn(d, seg)?),
                    },
                    DefKind::Adt { .. } => Res::Def(self.assoc_fn(d, seg)?),
                    DefKind::Alias { .. } => {
                        let Ty::Adt(target, _) = self.alias_target(d) else { return None };
                        Res::Def(self.assoc_fn(target, seg)?)
                    }
                    DefKind::Trait { methods } => Res::Def(methods.iter().find(|(n, _)| n == seg)?.1),
                    _ => return None,
                },
            };
        }
        Some(cur)
    }

    /// A `[functions]` path naming a dependency by the name code uses for it (a rename
    /// in `Cargo.toml` included), as the dependency index defines it.
    pub fn dep_key(&self, key: &str) -> Option<String> {
        self.deps.canonical_key(&self.dep_path(key))
    }

    /// A path starting with a dependency's name in code, renames undone.
    pub fn dep_path(&self, path: &str) -> String {
        let (first, rest) = path.split_once("::").unwrap_or((path, ""));
        let renamed = self.crates.iter().flat_map(|c| &c.deps).find(|(n, _)| n == first);
        match renamed {
            Some((_, pkg)) if rest.is_empty() => extern_lib_name(pkg),
            Some((_, pkg)) => format!("{}::{rest}", extern_lib_name(pkg)),
            None => path.to_string(),
        }
    }

    /// The variants of enum `d` (none for any other definition).
    pub fn variant_defs(&self, d: DefId) -> impl Iterator<Item = DefId> + '_ {
        let n = match &self.def(d).kind {
            DefKind::Adt { variants, is_enum: true, .. } => variants.len(),
            _ => 0,
        };
        (0..n).filter_map(move |i| self.variant_def(d, i))
    }

    fn variant_def(&self, enum_def: DefId, idx: usize) -> Option<DefId> {
        // Variants are registered right after their enum.
        let id = enum_def + 1 + idx as DefId;
        matches!(self.defs.get(id as usize)?.kind, DefKind::Variant { parent, .. } if parent == enum_def).then_some(id)
    }

    pub fn assoc_fn(&self, adt: DefId, name: &str) -> Option<DefId> {
        self.methods.get(&(adt, name.to_string())).and_then(|v| v.first().copied())
    }

    /// The `fmt`s of the hand-written workspace impls of std's formatting trait
    /// `trait_name` (`Display`, `Debug`) for `adt`, with a body: several where `cfg`s
    /// (`debug_assertions` or not) or generic arguments tell them apart.
    pub fn fmt_impls(&self, adt: DefId, trait_name: &str) -> Vec<DefId> {
        let Some(impls) = self.methods.get(&(adt, "fmt".to_string())) else { return Vec::new() };
        impls
            .iter()
            .copied()
            .filter(|&f| match self.fn_info(f) {
                Some(FnInfo { container: Container::Impl(i), has_body: true, .. }) => {
                    let imp = &self.impls[*i];
                    let named =
                        imp.trait_path.as_ref().and_then(|p| p.segments.last()).is_some_and(|n| n == trait_name);
                    named && imp.trait_def.is_none()
                }
                _ => false,
            })
            .collect()
    }

    pub fn alias_target(&self, alias: DefId) -> Ty {
        match self.alias_ty(alias, 0) {
            Ty::Alias(_, t) => *t,
            t => t,
        }
    }

    fn alias_ty(&self, alias: DefId, depth: usize) -> Ty {
        let def = self.def(alias);
        let DefKind::Alias { generics, ty } = &def.kind else { return Ty::Unknown };
        let inner = self.lower_ty_in(def.module, ty, generics, None, depth + 1);
        Ty::Alias(alias, Box::new(inner))
    }

    /// Resolves a written type in module `m`. `generics` names the enclosing
    /// ADT's parameters (they become [`Ty::Generic`]); `self_ty` is `Self`.
    pub fn lower_ty(&self, m: ModId, ty: &syntax::Ty, generics: &[String], self_ty: Option<&Ty>) -> Ty {
        self.lower_ty_in(m, ty, generics, self_ty, 0)
    }

    fn lower_ty_in(&self, m: ModId, ty: &syntax::Ty, generics: &[String], self_ty: Option<&Ty>, depth: usize) -> Ty {
        if depth > 24 {
            return Ty::Unknown;
        }
        let sub = |t: &syntax::Ty| self.lower_ty_in(m, t, generics, self_ty, depth + 1);
        match ty {
            syntax::Ty::Ref { inner, .. } => Ty::Ref(Box::new(sub(inner))),
            syntax::Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(sub).collect()),
            syntax::Ty::Slice(t) => Ty::Slice(Box::new(sub(t))),
            syntax::Ty::Bounds(bounds) => {
                let args = bounds.iter().flat_map(|b| b.args.iter().map(sub)).collect();
                let traits = self.trait_defs(m, bounds);
                match self.dep_trait(m, bounds) {
                    // `dyn cadence::MetricClient`: the dependency's trait, whose methods the index knows.
                    Some(path) if traits.is_empty() => Ty::Extern(path.into(), args),
                    _ => Ty::Bounded(traits, args),
                }
            }
            syntax::Ty::Infer | syntax::Ty::Other => Ty::Unknown,
            syntax::Ty::Path(p) => {
                if p.qualified {
                    return Ty::Unknown;
                }
                if p.segments.len() == 1 && !p.global {
                    let name = &p.segments[0];
                    if name == "Self" {
                        return self_ty.cloned().unwrap_or(Ty::Unknown);
                    }
                    if let Some(i) = generics.iter().position(|g| g == name) {
                        return Ty::Generic(i as u32);
                    }
                }
                let args: Vec<Ty> = p.args.iter().map(sub).collect();
                match self.resolve_path(m, &p.segments, p.global, false) {
                    Some(Res::Def(d)) => match &self.def(d).kind {
                        DefKind::Adt { .. } => Ty::Adt(d, args),
                        DefKind::Alias { .. } => match self.alias_ty(d, depth + 1) {
                            Ty::Alias(a, t) => Ty::Alias(a, Box::new(t.subst(&args))),
                            t => t,
                        },
                        DefKind::Trait { .. } => Ty::Bounded(vec![d], args),
                        _ => Ty::Unknown,
                    },
                    Some(Res::External(path)) => Ty::Extern(path, args),
                    _ => Ty::Unknown,
                }
            }
        }
    }

    /// The first bound naming a trait of a dependency (not std's), by path.
    fn dep_trait(&self, m: ModId, bounds: &[TyPath]) -> Option<String> {
        bounds.iter().find_map(|b| match self.resolve_path(m, &b.segments, b.global, false) {
            Some(Res::External(p))
                if p.contains(':') && !matches!(crate::syntax::first_segment(&p), "std" | "core" | "alloc") =>
            {
                Some(p.into())
            }
            _ => None,
        })
    }

    pub fn trait_defs(&self, m: ModId, bounds: &[TyPath]) -> Vec<DefId> {
        bounds
            .iter()
            .filter_map(|b| match self.resolve_path(m, &b.segments, b.global, false) {
                Some(Res::Def(d)) if matches!(self.def(d).kind, DefKind::Trait { .. }) => Some(d),
                _ => None,
            })
            .collect()
    }

    /// The type of field `name` of a value of type `ty` (after autoderef), and
    /// the ADT that declares it.
    pub fn field(&self, ty: &Ty, name: &str) -> Option<(Ty, Option<DefId>)> {
        match ty.autoderef() {
            Ty::Adt(d, args) => self.variant_field(*d, args, name),
            Ty::Tuple(ts) => Some((name.parse::<usize>().ok().and_then(|i| ts.get(i)).cloned()?, None)),
            _ => None,
        }
    }

    /// Field `name` of struct or variant `owner`, marked with where it was read from.
    pub fn variant_field(&self, owner: DefId, args: &[Ty], name: &str) -> Option<(Ty, Option<DefId>)> {
        let fields = self.fields.get(&owner)?;
        let i = fields.iter().position(|(n, _)| n == name)?;
        Some((Ty::Field(owner, i as u32, Box::new(fields[i].1.subst(args))), Some(owner)))
    }

    /// Functions a method call on a receiver of type `ty`, in crate `from`, may run. The
    /// flag is true when the receiver type was unknown and every implementation of a
    /// workspace trait method that crate can name was taken (a trait must be in scope for
    /// its method to be called: one of a crate it does not depend on never is).
    pub fn method_targets(&self, ty: &Ty, name: &str, from: usize) -> (Vec<DefId>, bool) {
        let key = name.to_string();
        match ty.autoderef() {
            Ty::Adt(d, _) => {
                if let Some(v) = self.methods.get(&(*d, key.clone())) {
                    return (v.clone(), false);
                }
            }
            Ty::Bounded(traits, _) => {
                let mut out: Vec<DefId> = Vec::new();
                for t in traits {
                    if let Some(v) = self.trait_impls.get(&(*t, key.clone())) {
                        out.extend(v);
                    }
                }
                if out.is_empty() {
                    // Declared in the workspace, implemented nowhere in it (or only in
                    // tests): the declaration, with its return type.
                    out.extend(traits.iter().filter_map(|t| match &self.def(*t).kind {
                        DefKind::Trait { methods } => methods.iter().find(|(n, _)| n == name).map(|(_, f)| *f),
                        _ => None,
                    }));
                }
                if out.len() > MAX_DYN_TARGETS {
                    return (Vec::new(), false);
                }
                if !out.is_empty() {
                    return (out, false);
                }
            }
            Ty::Extern(p, _) => {
                if let Some(v) = self.extern_methods.get(&(p.to_string(), key.clone())) {
                    return (v.clone(), false);
                }
                return (Vec::new(), false);
            }
            Ty::Unknown => {}
            _ => return (Vec::new(), false),
        }
        // Unknown receiver: every workspace implementation of a trait method of that name.
        let mut out = Vec::new();
        let named = |t: &&DefId| self.crate_sees(from, self.modules[self.def(**t).module as usize].krate);
        for t in self.traits_by_method.get(name).into_iter().flatten().filter(named) {
            if let Some(v) = self.trait_impls.get(&(*t, key.clone())) {
                out.extend(v);
            }
        }
        if out.len() > MAX_DYN_TARGETS {
            out.clear();
        }
        let any = !out.is_empty();
        (out, any)
    }
}

/// A call on a generic or unknown receiver goes to every implementation of the method in
/// the workspace, up to this many; past it (generated impls for every tuple size, as
/// parser combinator crates have) the call is modelled like a dependency's: its result
/// depends on all its arguments. Keeps the cost linear in the code, not in impls × calls.
pub const MAX_DYN_TARGETS: usize = 32;

struct Builder {
    p: Program,
    by_path: HashMap<(usize, Vec<String>), ModId>,
    /// Each import, with the module it binds in and the file it is written in.
    imports: Vec<(ModId, syntax::UseEntry, std::sync::Arc<str>)>,
    /// Names glob imports may still copy (see [`MAX_GLOB_NAMES`]).
    glob_names: usize,
    /// The name groups of scopes whose bindings changed (see [`Scope::name_changes`]),
    /// since import resolution last looked.
    changed: Vec<(ModId, u8)>,
    /// Each file's name once, shared by its definitions.
    files: HashMap<String, std::sync::Arc<str>>,
}

/// Builds the resolved program from the loaded workspace. Resolution runs on one thread:
/// meanwhile another reads the lock file and std's index from `rust-src` (the policy and the
/// flow ask them for most services, and would otherwise read them while the other threads
/// wait).
pub fn build(loaded: Loaded) -> Program {
    build_alongside(loaded, || ()).0
}

/// [`build`], running `side` on the thread resolution leaves free (after reading ahead
/// what the dependency index needs first): the program and what `side` returned.
pub fn build_alongside<T: Send>(loaded: Loaded, side: impl FnOnce() -> T + Send) -> (Program, T) {
    let mut members: Vec<String> = loaded.crates.iter().map(|c| c.package.clone()).collect();
    members.dedup();
    let deps = deps::Deps::new(loaded.root.clone(), members);
    let (mut prog, out) = rayon::join(
        || resolve(loaded),
        || {
            deps.read_ahead();
            side()
        },
    );
    prog.deps = deps;
    (prog, out)
}

/// The program of `loaded` without dependency indexes: a dependency's own program, read
/// for its signatures (its own dependencies and std are never looked up).
pub(super) fn resolve(loaded: Loaded) -> Program {
    let mut b = Builder {
        p: Program {
            root: loaded.root.clone(),
            crates: loaded.crates,
            crate_roots: Vec::new(),
            extern_names: Vec::new(),
            lib_deps: Vec::new(),
            sees: Vec::new(),
            modules: Vec::new(),
            defs: Vec::new(),
            impls: Vec::new(),
            methods: HashMap::default(),
            trait_impls: HashMap::default(),
            traits_by_method: HashMap::default(),
            extern_methods: HashMap::default(),
            fields: HashMap::default(),
            statics: Vec::new(),
            deps: deps::Deps::default(),
            globs_not_followed: Vec::new(),
            imports_unsettled: Vec::new(),
        },
        by_path: HashMap::default(),
        imports: Vec::new(),
        glob_names: MAX_GLOB_NAMES,
        changed: Vec::new(),
        files: HashMap::default(),
    };
    for k in 0..b.p.crates.len() {
        let root_file = crate::load::rel(&loaded.root, &b.p.crates[k].root_file);
        let root = b.module(k, &[], &root_file);
        b.p.crate_roots.push(root);
    }
    b.p.index_extern_names();
    for ModuleFile { krate, path, file, items, included, .. } in loaded.modules {
        let m = b.module(krate, &path, &file);
        // Items are defined in the file they are read from; an included file's module
        // stays the including module's.
        let own = std::mem::replace(&mut b.p.modules[m as usize].file, file.clone());
        b.items(m, krate, &path, &file, items);
        if included {
            b.p.modules[m as usize].file = own;
        }
    }
    b.resolve_imports();
    b.resolve_impls();
    b.resolve_signatures();
    b.p.shrink();
    b.p
}

/// Where the resolution of one import stands.
#[derive(Clone, Default)]
struct ImportState {
    /// It cannot improve any more.
    done: bool,
    /// For a glob import: the target scope's count of changes when it was last copied.
    copied: Option<u32>,
    /// What it read and wrote of scopes (the groups of the names it looked up or bound, all
    /// of a glob's target), with their counts of changes when it was last done: while none
    /// of them changes, doing it again changes nothing (most imports name other crates'
    /// items, and stay pending to the last round).
    read: Vec<(ModId, Read, u32)>,
    /// Its path's first name was bound in neither namespace of its module and names no
    /// workspace crate (`use std::..`, `use serde::..`): nothing else was read, and doing it
    /// again changes nothing until that name is bound there.
    outside: bool,
    /// A glob import past [`MAX_GLOB_NAMES`] (done).
    not_followed: bool,
    /// What it bound through a glob import's binding last, in each namespace (types,
    /// values): replaced when it comes to mean another item.
    through_glob: [Option<Res>; 2],
    /// For a glob import: what it bound, by name and namespace (values: `true`), replaced
    /// when its target binds the name to another item.
    glob_bound: HashMap<(SmolStr, bool), Res>,
}

impl Builder {
    fn module(&mut self, krate: usize, path: &[String], file: &str) -> ModId {
        if let Some(m) = self.by_path.get(&(krate, path.to_vec())) {
            return *m;
        }
        let parent = path.split_last().map(|(_, parent_path)| self.module(krate, parent_path, file));
        let name = path.last().cloned().unwrap_or_else(|| self.p.crates[krate].name.clone());
        let full = std::iter::once(self.p.crates[krate].name.as_str())
            .chain(path.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("::");
        let id = self.p.modules.len() as ModId;
        self.p.modules.push(Module {
            krate,
            parent,
            name: name.clone(),
            path: full,
            file: file.to_string(),
            scope: Scope::default(),
            item_annotations: Vec::new(),
            attrs: Vec::new(),
        });
        if let Some(parent) = parent {
            self.bind(parent, &name, Res::Mod(id), true, false, Made::Named);
        }
        self.by_path.insert((krate, path.to_vec()), id);
        id
    }

    /// Binds a name. Bindings only ever improve (but see [`Builder::rebind`]): a stronger
    /// binding (see [`Made`]) replaces a weaker one, a resolved one an external guess, a
    /// public one a private one with the same meaning; the first of two conflicting globs
    /// wins.
    fn bind(&mut self, m: ModId, name: &str, res: Res, is_pub: bool, value_ns: bool, made: Made) {
        self.rebind(m, &SmolStr::new(name), res, is_pub, value_ns, made, None);
    }

    /// [`Builder::bind`], replacing also the binding `retract` that the same import made
    /// before (by a glob, or through one), when it is still there. Whether the binding
    /// changed (its name's group then goes to `changed`). `name` is a key already made, so
    /// that a glob import shares a long name with the scope it copies.
    #[allow(clippy::too_many_arguments)]
    fn rebind(
        &mut self,
        m: ModId,
        name: &SmolStr,
        res: Res,
        is_pub: bool,
        value_ns: bool,
        made: Made,
        retract: Option<&Res>,
    ) -> bool {
        let s = &mut self.p.modules[m as usize].scope;
        let table = if value_ns { &mut s.values } else { &mut s.types };
        let (replace, made) = match table.get(name.as_str()) {
            None => (true, made),
            Some((r, p, g)) if *r == res => ((is_pub && !*p) || *g < made, made.max(*g)),
            Some((r, _, g)) if *g == made && made != Made::Named && retract == Some(r) => (true, made),
            Some((r, _, g)) => {
                let upgrade = made != Made::Glob && matches!(r, Res::External(_)) && !matches!(res, Res::External(_));
                (*g < made || (*g == made && upgrade), made)
            }
        };
        if replace {
            let is_pub = is_pub || table.get(name.as_str()).is_some_and(|(r, p, _)| *r == res && *p);
            table.insert(name.clone(), (res, is_pub, made));
            let g = name_group(name);
            s.name_changes[g as usize] += 1;
            self.changed.push((m, g));
        }
        replace
    }

    /// A file's name, shared by what is defined in it (`files` apart from `self`, so that
    /// the name may be borrowed from the program).
    fn file_name(files: &mut HashMap<String, std::sync::Arc<str>>, name: &str) -> std::sync::Arc<str> {
        if let Some(f) = files.get(name) {
            return f.clone();
        }
        let f: std::sync::Arc<str> = name.into();
        files.insert(name.to_string(), f.clone());
        f
    }

    /// Registers an item of module `m` (its file is the module's).
    fn add_def(&mut self, m: ModId, item_name: &str, path: String, span: Span, attrs: Attrs, kind: DefKind) -> DefId {
        let id = self.p.defs.len() as DefId;
        let file = Self::file_name(&mut self.files, &self.p.modules[m as usize].file);
        self.p.defs.push(Def {
            name: item_name.to_string(),
            module: m,
            path,
            file,
            span,
            attrs: attrs.annotations,
            kind,
            db: attrs.db,
        });
        id
    }

    fn items(&mut self, m: ModId, krate: usize, path: &[String], file: &str, items: Vec<Item>) {
        let mpath = self.p.modules[m as usize].path.clone();
        for item in items {
            if item.attrs.cfg_test || item.attrs.is_test {
                continue;
            }
            let Item { name, span, is_pub, attrs, kind } = item;
            let full = [mpath.as_str(), &name].join("::");
            match kind {
                ItemKind::Fn(f) => {
                    let info = FnInfo::declared(f, Container::Free);
                    let id = self.add_def(m, &name, full, span, attrs, DefKind::Fn(Box::new(info)));
                    self.bind(m, &name, Res::Def(id), is_pub, true, Made::Named);
                }
                ItemKind::Struct(adt) => {
                    let generics = adt.generics.params.iter().map(|(n, _)| n.clone()).collect();
                    let tuple_like = !matches!(adt.fields, Fields::Named(_));
                    let kind = DefKind::Adt { generics, fields: adt.fields, variants: Vec::new(), is_enum: false };
                    let id = self.add_def(m, &name, full, span, attrs, kind);
                    self.bind(m, &name, Res::Def(id), is_pub, false, Made::Named);
                    if tuple_like {
                        self.bind(m, &name, Res::Def(id), is_pub, true, Made::Named);
                    }
                }
                ItemKind::Enum(e) => {
                    let generics = e.generics.params.iter().map(|(n, _)| n.clone()).collect();
                    let variants = e.variants;
                    let vinfo: Vec<(String, Span)> = variants.iter().map(|v| (v.name.clone(), v.span)).collect();
                    let kind = DefKind::Adt { generics, fields: Fields::Unit, variants, is_enum: true };
                    let id = self.add_def(m, &name, full.clone(), span, attrs, kind);
                    for (index, (vname, vspan)) in vinfo.into_iter().enumerate() {
                        let kind = DefKind::Variant { parent: id, index };
                        self.add_def(m, &vname, [full.as_str(), &vname].join("::"), vspan, Attrs::default(), kind);
                    }
                    self.bind(m, &name, Res::Def(id), is_pub, false, Made::Named);
                }
                ItemKind::TypeAlias { generics, ty } => {
                    let id = self.add_def(m, &name, full, span, attrs, DefKind::Alias { generics, ty });
                    self.bind(m, &name, Res::Def(id), is_pub, false, Made::Named);
                }
                ItemKind::Const { ty } => {
                    let id = self.add_def(m, &name, full, span, attrs, DefKind::Const(ty));
                    self.bind(m, &name, Res::Def(id), is_pub, true, Made::Named);
                }
                ItemKind::Static { ty, init } => {
                    let id = self.add_def(m, &name, full, span, attrs, DefKind::Static { ty, init });
                    self.p.statics.push(id);
                    self.bind(m, &name, Res::Def(id), is_pub, true, Made::Named);
                }
                ItemKind::Use(entries) => {
                    let file = Self::file_name(&mut self.files, file);
                    for e in entries {
                        self.imports.push((m, e, file.clone()));
                    }
                }
                ItemKind::ExternCrate { name: krate_name } => {
                    let target = self
                        .p
                        .extern_crate(m, &krate_name)
                        .cloned()
                        .unwrap_or_else(|| Res::External(krate_name.into()));
                    self.bind(m, &name, target, is_pub, false, Made::Named);
                }
                ItemKind::Annotation(annotation) => self.p.modules[m as usize].item_annotations.push(annotation),
                // The included file's items come from the loader as a module file of
                // their own (with this module's path).
                ItemKind::Include(_) => {}
                ItemKind::Mod(md) => {
                    let mut child_path = path.to_vec();
                    child_path.push(name.clone());
                    let child = self.module(krate, &child_path, file);
                    self.p.modules[child as usize].attrs.extend(attrs.annotations);
                    if !is_pub {
                        if let Some(e) = self.p.modules[m as usize].scope.types.get_mut(name.as_str()) {
                            e.1 = false;
                        }
                    }
                    if let Some(inner) = md.inline {
                        self.p.modules[child as usize].file = file.to_string();
                        self.items(child, krate, &child_path, file, inner);
                    }
                }
                ItemKind::Trait(t) => {
                    let id = self.add_def(m, &name, full.clone(), span, attrs, DefKind::Trait { methods: Vec::new() });
                    self.bind(m, &name, Res::Def(id), is_pub, false, Made::Named);
                    self.trait_methods(m, id, &full, t);
                }
                ItemKind::Impl(imp) => self.impl_item(m, &mpath, file, attrs, imp),
            }
        }
    }

    /// A trait's methods, declared under the trait `id` at path `full`.
    fn trait_methods(&mut self, m: ModId, id: DefId, full: &str, t: syntax::TraitDef) {
        let mut methods = Vec::new();
        for ti in t.items {
            if let ItemKind::Fn(f) = ti.kind {
                let info = FnInfo::declared(f, Container::Trait(id));
                let fid = self.add_def(
                    m,
                    &ti.name,
                    [full, &ti.name].join("::"),
                    ti.span,
                    ti.attrs,
                    DefKind::Fn(Box::new(info)),
                );
                self.p.traits_by_method.entry(ti.name.clone()).or_default().push(id);
                methods.push((ti.name, fid));
            }
        }
        if let DefKind::Trait { methods: m2 } = &mut self.p.defs[id as usize].kind {
            *m2 = methods;
        }
    }

    /// An impl block and its methods (test-only ones left out).
    fn impl_item(&mut self, m: ModId, mpath: &str, file: &str, attrs: Attrs, imp: syntax::ImplDef) {
        let idx = self.p.impls.len();
        let type_name = match &imp.self_ty {
            syntax::Ty::Path(p) => p.segments.last().map(|s| s.to_string()).unwrap_or_default(),
            _ => "<impl>".to_string(),
        };
        let mut methods = Vec::new();
        for ii in imp.items {
            if ii.attrs.cfg_test || ii.attrs.is_test {
                continue;
            }
            if let ItemKind::Fn(f) = ii.kind {
                let info = FnInfo::declared(f, Container::Impl(idx));
                let fpath = [mpath, &type_name, &ii.name].join("::");
                methods.push(self.add_def(m, &ii.name, fpath, ii.span, ii.attrs, DefKind::Fn(Box::new(info))));
            }
        }
        self.p.impls.push(ImplInfo {
            module: m,
            generics: imp.generics,
            trait_path: imp.trait_path,
            trait_def: None,
            self_syn: imp.self_ty,
            self_ty: Ty::Unknown,
            methods,
            attrs: attrs.annotations,
            file: file.to_string(),
        });
    }

    /// Resolves the imports to a fixpoint, in rounds: each round goes through the imports
    /// in order, and an import is done again (in the same round when it comes later, in
    /// the next one otherwise) only when a name it looked up, or the scope a glob import
    /// copies, changed since (going through every import each round made chains of
    /// re-exports cost their length times the imports).
    fn resolve_imports(&mut self) {
        let imports = std::mem::take(&mut self.imports);
        let n = imports.len();
        let mut state = vec![ImportState::default(); n];
        // Which imports read what, by module and name group (the last slot: all of it); an
        // import's earlier reads stay (extra visits only).
        let slot = |m: ModId, r: Read| {
            m as usize * (NAME_GROUPS + 1) + if let Read::Group(g) = r { g as usize } else { NAME_GROUPS }
        };
        let mut readers: Vec<Vec<u32>> = vec![Vec::new(); self.p.modules.len() * (NAME_GROUPS + 1)];
        let mut queued = vec![true; n];
        let mut round: BinaryHeap<Reverse<usize>> = (0..n).map(Reverse).collect();
        let mut next: Vec<usize> = Vec::new();
        let mut watch = Watch::default();
        let mut steps_left = MAX_IMPORT_STEPS_PER_IMPORT.saturating_mul(n);
        self.changed.clear();
        loop {
            while let Some(Reverse(i)) = round.pop() {
                queued[i] = false;
                let ((m, e, file), st) = (&imports[i], &mut state[i]);
                let same = |&(x, r, c): &(ModId, Read, u32)| self.p.modules[x as usize].scope.changes_of(r) == c;
                let unchanged = !st.read.is_empty() && st.read.iter().all(same);
                if st.done || unchanged || (st.outside && self.unbound(*m, &e.path[0])) {
                    continue;
                }
                if steps_left == 0 {
                    queued[i] = true;
                    return self.unsettled(&imports, &queued);
                }
                steps_left -= 1;
                watch.reads.clear();
                watch.via_glob = false;
                self.resolve_import(*m, e, st, &mut watch);
                if st.not_followed {
                    self.p.globs_not_followed.push((file.to_string(), e.span));
                }
                watch.reads.sort_unstable();
                watch.reads.dedup();
                for &(x, r) in &watch.reads {
                    if !st.read.iter().any(|&(y, q, _)| (y, q) == (x, r)) {
                        readers[slot(x, r)].push(i as u32);
                    }
                }
                st.read =
                    watch.reads.iter().map(|&(x, r)| (x, r, self.p.modules[x as usize].scope.changes_of(r))).collect();
                st.outside = !e.global && e.path.first().is_some_and(|n| self.outside(*m, n));
                self.changed.sort_unstable();
                self.changed.dedup();
                for (x, g) in self.changed.drain(..) {
                    let (group, all) = (&readers[slot(x, Read::Group(g))], &readers[slot(x, Read::All)]);
                    for j in group.iter().chain(all).map(|&j| j as usize) {
                        if !queued[j] && !state[j].done {
                            queued[j] = true;
                            if j > i {
                                round.push(Reverse(j));
                            } else {
                                next.push(j);
                            }
                        }
                    }
                }
            }
            if next.is_empty() {
                return;
            }
            round.extend(next.drain(..).map(Reverse));
        }
    }

    /// The imports still `queued` when [`MAX_IMPORT_STEPS_PER_IMPORT`] ran out: an
    /// `analysis-limit` warning each.
    fn unsettled(&mut self, imports: &[(ModId, syntax::UseEntry, std::sync::Arc<str>)], queued: &[bool]) {
        let waiting = imports.iter().zip(queued).filter(|(_, q)| **q);
        self.p.imports_unsettled = waiting.map(|((_, e, file), _)| (file.to_string(), e.span)).collect();
    }

    /// One round's work for the import `e` of module `m`: binds what it names (or the names
    /// of a glob's target), marks it done once that cannot improve, adds what it read of
    /// scopes to `watch` (what it changed goes to `changed`, see [`Builder::rebind`]). An
    /// import that resolved through a glob import's binding is not done: a binding by name
    /// may replace that one in a later round.
    fn resolve_import(&mut self, m: ModId, e: &syntax::UseEntry, st: &mut ImportState, watch: &mut Watch) {
        if let Some(alias) = &e.alias {
            // What it binds depends on what is bound to the name already.
            watch.reads.push((m, Read::Group(name_group(alias))));
            let t = self.p.resolve_path_watched(m, &e.path, e.global, false, Some(watch));
            let v = self.p.resolve_path_watched(m, &e.path, e.global, true, Some(watch));
            let resolved = |r: &Option<Res>| matches!(r, Some(Res::Def(_) | Res::Mod(_)));
            st.done = (resolved(&t) || resolved(&v)) && !watch.via_glob;
            let made = if watch.via_glob { Made::ThroughGlob } else { Made::Named };
            for (value_ns, res) in [(false, t), (true, v)] {
                let Some(res) = res else { continue };
                let retract = st.through_glob[value_ns as usize].take();
                if made == Made::ThroughGlob {
                    st.through_glob[value_ns as usize] = Some(res.clone());
                }
                self.rebind(m, &SmolStr::new(alias), res, e.is_pub, value_ns, made, retract.as_ref());
            }
            return;
        }
        match self.p.resolve_path_watched(m, &e.path, e.global, false, Some(&mut *watch)) {
            Some(Res::Mod(target)) => {
                watch.reads.push((target, Read::All));
                let changes = self.p.modules[target as usize].scope.changes_of(Read::All);
                if st.copied == Some(changes) {
                    return;
                }
                st.copied = Some(changes);
                let s = &self.p.modules[target as usize].scope;
                let Some(left) = self.glob_names.checked_sub(s.types.len() + s.values.len()) else {
                    (st.done, st.not_followed) = (true, true);
                    return;
                };
                self.glob_names = left;
                let see_private = self.is_ancestor(target, m);
                for value_ns in [false, true] {
                    let s = &self.p.modules[target as usize].scope;
                    let t = if value_ns { &s.values } else { &s.types };
                    let entries: Vec<(SmolStr, Res)> = t
                        .iter()
                        .filter(|(_, (_, vis, _))| *vis || see_private)
                        .map(|(n, (r, _, _))| (n.clone(), r.clone()))
                        .collect();
                    for (n, r) in entries {
                        self.glob_bind(m, st, n, r, e.is_pub, value_ns);
                    }
                }
            }
            Some(Res::Def(d)) => {
                if let DefKind::Adt { variants, is_enum: true, .. } = &self.p.defs[d as usize].kind {
                    let names: Vec<SmolStr> = variants.iter().map(|v| SmolStr::new(&v.name)).collect();
                    for (idx, n) in names.into_iter().enumerate() {
                        if let Some(vd) = self.p.variant_def(d, idx) {
                            self.glob_bind(m, st, n.clone(), Res::Def(vd), e.is_pub, true);
                            self.glob_bind(m, st, n, Res::Def(vd), e.is_pub, false);
                        }
                    }
                }
                st.done = !watch.via_glob;
            }
            // Outside the workspace, or not found (yet): done again when a name it looked up
            // is bound.
            Some(Res::External(_)) | None => {}
        }
    }

    /// Binds `name` for the glob import whose state is `st`: what it brought before under
    /// the name gives way to `res`, what its target binds now.
    fn glob_bind(&mut self, m: ModId, st: &mut ImportState, name: SmolStr, res: Res, is_pub: bool, value_ns: bool) {
        let key = (name, value_ns);
        let retract = st.glob_bound.get(&key).cloned();
        if self.rebind(m, &key.0, res.clone(), is_pub, value_ns, Made::Glob, retract.as_ref()) {
            st.glob_bound.insert(key, res);
        }
    }

    /// Whether `name` is bound in neither namespace of `m`.
    fn unbound(&self, m: ModId, name: &str) -> bool {
        self.p.lookup(m, name, false).is_none() && self.p.lookup(m, name, true).is_none()
    }

    /// Whether a path written in `m` starting with `name` resolves without reading any scope
    /// but `m`'s entry for `name` (unbound): to an external path, not into a workspace crate.
    fn outside(&self, m: ModId, name: &str) -> bool {
        !matches!(name, "crate" | "self" | "super" | "Self")
            && self.unbound(m, name)
            && !matches!(self.p.extern_crate(m, name), Some(Res::Mod(_)))
    }

    fn is_ancestor(&self, a: ModId, mut m: ModId) -> bool {
        loop {
            if a == m {
                return true;
            }
            match self.p.modules[m as usize].parent {
                Some(p) => m = p,
                None => return false,
            }
        }
    }

    fn resolve_impls(&mut self) {
        for idx in 0..self.p.impls.len() {
            let imp = &self.p.impls[idx];
            let generics: Vec<String> = imp.generics.params.iter().map(|(n, _)| n.clone()).collect();
            // `impl<T> Repo<T>`: the impl's own parameters are unknown types.
            let self_ty = match self.p.lower_ty(imp.module, &imp.self_syn, &generics, None).subst(&[]) {
                Ty::Alias(_, t) => *t,
                t => t,
            };
            let trait_def = imp
                .trait_path
                .as_ref()
                .and_then(|tp| self.p.trait_defs(imp.module, std::slice::from_ref(tp)).first().copied());
            let methods = imp.methods.clone();
            let is_trait_impl = imp.trait_path.is_some();
            for &f in &methods {
                let name = self.p.defs[f as usize].name.clone();
                match &self_ty {
                    Ty::Adt(d, _) => {
                        let v = self.p.methods.entry((*d, name.clone())).or_default();
                        if is_trait_impl {
                            v.push(f);
                        } else {
                            v.insert(0, f);
                        }
                    }
                    Ty::Extern(p, _) => self.p.extern_methods.entry((p.to_string(), name.clone())).or_default().push(f),
                    _ => {}
                }
                if let Some(t) = trait_def {
                    self.p.trait_impls.entry((t, name)).or_default().push(f);
                }
            }
            let imp = &mut self.p.impls[idx];
            imp.self_ty = self_ty;
            imp.trait_def = trait_def;
        }
        // Trait default methods run for every implementor that does not override them.
        let defaults: Vec<(DefId, String, DefId)> = self
            .p
            .defs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| match &d.kind {
                DefKind::Fn(f) if f.has_body => match f.container {
                    Container::Trait(t) => Some((t, d.name.clone(), i as DefId)),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        for (t, name, f) in defaults {
            let key = (t, name.clone());
            let implementors: Vec<Ty> =
                self.p.impls.iter().filter(|i| i.trait_def == Some(t)).map(|i| i.self_ty.clone()).collect();
            self.p.trait_impls.entry(key).or_default().push(f);
            for ty in implementors {
                if let Ty::Adt(d, _) = ty {
                    let v = self.p.methods.entry((d, name.clone())).or_default();
                    if v.is_empty() {
                        v.push(f);
                    }
                }
            }
        }
        // Fields of every struct and enum variant.
        for id in 0..self.p.defs.len() {
            let d = &self.p.defs[id];
            let (generics, fields) = match &d.kind {
                DefKind::Adt { generics, fields, is_enum: false, .. } => (generics, fields),
                DefKind::Variant { parent, index } => match &self.p.defs[*parent as usize].kind {
                    DefKind::Adt { generics, variants, .. } => (generics, &variants[*index].fields),
                    _ => continue,
                },
                _ => continue,
            };
            let resolved: Vec<(String, Ty)> =
                fields.iter().map(|f| (f.name.clone(), self.p.lower_ty(d.module, &f.ty, generics, None))).collect();
            self.p.fields.insert(id as DefId, resolved);
        }
    }

    /// Every function's parameter and return types, lowered in parallel (each reads only
    /// the resolved scopes).
    fn resolve_signatures(&mut self) {
        use rayon::prelude::*;
        let p = &self.p;
        let lowered: Vec<(usize, Vec<Ty>, Ty, Option<Ty>)> = (0..p.defs.len())
            .into_par_iter()
            .filter_map(|id| {
                let d = &p.defs[id];
                let DefKind::Fn(f) = &d.kind else { return None };
                let self_ty = match f.container {
                    Container::Impl(i) => Some(p.impls[i].self_ty.clone()),
                    Container::Trait(t) => Some(Ty::Bounded(vec![t], Vec::new())),
                    Container::Free => None,
                };
                let m = d.module;
                let lower = |t: &syntax::Ty| {
                    let ty = p.lower_ty(m, t, &[], self_ty.as_ref());
                    p.generic_params(m, ty, t, &f.sig.generics)
                };
                let params: Vec<Ty> = f.sig.params.iter().map(|p| lower(&p.ty)).collect();
                let ret = f.sig.ret.as_ref().map(&lower).unwrap_or(Ty::Tuple(Vec::new()));
                Some((id, params, ret, self_ty))
            })
            .collect();
        for (id, params, ret, self_ty) in lowered {
            if let DefKind::Fn(f) = &mut self.p.defs[id].kind {
                f.params = params;
                f.ret = ret;
                f.self_ty = self_ty;
            }
        }
    }
}

impl Program {
    /// A parameter type naming a generic parameter of the fn (`T: Repo`) becomes
    /// `Bounded` by its workspace trait bounds; so does a name only a `where` bounds (an
    /// enclosing impl's parameter) when it names no type.
    fn generic_params<'a>(&self, m: ModId, ty: Ty, written: &syntax::Ty, generics: &'a syntax::Generics) -> Ty {
        if let syntax::Ty::Path(p) = written {
            if p.segments.len() == 1 {
                let named = |list: &'a [(String, Vec<syntax::TyPath>)]| {
                    list.iter().find(|(n, _)| *n == p.segments[0]).map(|(_, b)| b.as_slice())
                };
                let bounds =
                    named(&generics.params)
                        .or_else(|| if ty == Ty::Unknown { named(&generics.where_only) } else { None });
                if let Some(bounds) = bounds {
                    let args =
                        bounds.iter().flat_map(|b| b.args.iter().map(|a| self.lower_ty(m, a, &[], None))).collect();
                    return Ty::Bounded(self.trait_defs(m, bounds), args);
                }
            }
        }
        if let (syntax::Ty::Ref { inner, .. }, Ty::Ref(t)) = (written, &ty) {
            return Ty::Ref(Box::new(self.generic_params(m, (**t).clone(), inner, generics)));
        }
        ty
    }
}

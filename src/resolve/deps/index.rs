//! The index of one dependency crate, exported from the [`Program`] its signatures were
//! resolved into: public paths, methods of its types (inherent and from the traits they
//! implement in it), its traits' methods and its free functions, with return types in
//! paths that mean the same outside it.

use crate::load::deps::fnv;
use crate::resolve::{Container, DefKind, FnInfo, ImplInfo, ModId, Program, Res, Ty};
use crate::syntax;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::sync::{Arc, OnceLock};

/// What the flow needs to know of a dependency crate.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CrateIndex {
    /// Public paths (`reqwest::RequestBuilder`) → the defining path
    /// (`reqwest::async_impl::request::RequestBuilder`), or the path in another crate
    /// they re-export (`reqwest::Method` → `http::Method`).
    pub paths: HashMap<String, String>,
    /// Types by defining path.
    pub types: HashMap<String, Lazy<TypeEntry>>,
    /// Traits by defining path: their methods' return types.
    pub traits: HashMap<String, Lazy<HashMap<String, Ty>>>,
    /// Free functions by defining path: their return types.
    pub fns: HashMap<String, Ty>,
    /// Type aliases by defining path: what they stand for.
    #[serde(default)]
    pub aliases: HashMap<String, Ty>,
}

/// A part of an index decoded from its cache entry only when first read: most of std's
/// types and traits never are (decoded whole, std's index took 3 MB). Until then it is
/// only where its text lies in the open entry, and a checksum of that text: read again,
/// it is decoded only if it is what was checked.
pub struct Lazy<T> {
    stored: Stored,
    value: OnceLock<T>,
}

enum Stored {
    /// Built here: the value is set.
    Built,
    /// Where `Deserialize` found its text (address and length in the text it decoded),
    /// until [`Lazy::locate`] says which file that text is in.
    Text { addr: usize, len: usize },
    /// Bytes `at..at + len` of an open cache entry.
    Entry { file: Arc<File>, at: u64, len: usize, hash: u64 },
}

impl<T: Default + DeserializeOwned> Lazy<T> {
    pub fn new(value: T) -> Lazy<T> {
        Lazy { stored: Stored::Built, value: OnceLock::from(value) }
    }

    /// The value; empty if its text cannot be read again as it was, or does not decode.
    pub fn value(&self) -> &T {
        self.value.get_or_init(|| {
            let Stored::Entry { file, at, len, hash } = &self.stored else { return T::default() };
            let mut text = vec![0; *len];
            let read = std::os::unix::fs::FileExt::read_exact_at(&**file, &mut text, *at).is_ok();
            let decoded = (read && fnv(&text) == *hash).then(|| serde_json::from_slice(&text).ok());
            decoded.flatten().unwrap_or_default()
        })
    }

    /// Its text lies in `body`, which starts at byte `at` of the open entry `file`.
    pub fn locate(&mut self, body: &[u8], file: &Arc<File>, at: u64) {
        let Stored::Text { addr, len } = self.stored else { return };
        let start = body.as_ptr() as usize;
        let Some(off) = addr.checked_sub(start).filter(|off| off + len <= body.len()) else { return };
        let hash = fnv(&body[off..off + len]);
        self.stored = Stored::Entry { file: file.clone(), at: at + off as u64, len, hash };
    }
}

impl<T: Default + DeserializeOwned> Default for Lazy<T> {
    fn default() -> Lazy<T> {
        Lazy::new(T::default())
    }
}

impl<T> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.value.get().is_some() { "Lazy(decoded)" } else { "Lazy(in the cache)" })
    }
}

impl<T: Serialize + Default + DeserializeOwned> Serialize for Lazy<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value().serialize(s)
    }
}

impl<'de, T> Deserialize<'de> for Lazy<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lazy<T>, D::Error> {
        let raw: &'de serde_json::value::RawValue = Deserialize::deserialize(d)?;
        let text = raw.get();
        Ok(Lazy { stored: Stored::Text { addr: text.as_ptr() as usize, len: text.len() }, value: OnceLock::new() })
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct TypeEntry {
    /// Methods and associated functions, by name.
    pub methods: HashMap<String, Method>,
    /// Traits it implements in this crate (paths as written there, resolved).
    pub traits: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Method {
    /// The return type: `Self` stands for the receiver's type, `Generic(i)` for the
    /// type's `i`th parameter, `Future<T>` for what `.await` gives `T`.
    pub ret: Ty,
    /// The trait whose impl provides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Takes `&mut self`: what it is given is kept in the receiver (a builder's setter).
    #[serde(default, skip_serializing_if = "is_false")]
    pub mut_self: bool,
}

fn is_false(b: &bool) -> bool {
    !b
}

/// Most public paths recorded for one crate.
const MAX_PATHS: usize = 200_000;

/// The index of the one crate of `prog` (a dependency's library, signatures only).
pub fn export(prog: &Program) -> CrateIndex {
    let mut types: HashMap<String, TypeEntry> = HashMap::default();
    let mut traits: HashMap<String, HashMap<String, Ty>> = HashMap::default();
    let mut idx = CrateIndex { paths: public_paths(prog), ..CrateIndex::default() };
    for imp in &prog.impls {
        let Ty::Adt(d, _) = &imp.self_ty else { continue };
        let owner = prog.def(*d).path.clone();
        let via = imp.trait_path.as_ref().map(|t| trait_path(prog, imp, t));
        let entry = types.entry(owner).or_default();
        if let Some(t) = &via {
            if !entry.traits.contains(t) {
                entry.traits.push(t.clone());
            }
        }
        for &f in &imp.methods {
            let Some(info) = prog.fn_info(f) else { continue };
            let conv = Conv::for_impl(prog, imp, info);
            let mut_self = info.sig.receiver.as_ref().is_some_and(|r| r.by_ref && r.mutable);
            let method = Method { ret: conv.ret(info), via: via.clone(), mut_self };
            let name = prog.def(f).name.clone();
            // An inherent method wins over a trait's of the same name.
            if via.is_none() || !entry.methods.contains_key(&name) {
                entry.methods.insert(name, method);
            }
        }
    }
    for (i, def) in prog.defs.iter().enumerate() {
        match &def.kind {
            DefKind::Trait { methods } => {
                let out = traits.entry(def.path.clone()).or_default();
                for (name, f) in methods {
                    let Some(info) = prog.fn_info(*f) else { continue };
                    let conv = Conv { prog, names: fn_generics(info), this_trait: Some(i as u32) };
                    out.insert(name.clone(), conv.ret(info));
                }
            }
            DefKind::Alias { .. } => {
                let conv = Conv { prog, names: HashMap::default(), this_trait: None };
                idx.aliases.insert(def.path.clone(), conv.ty(&prog.alias_target(i as u32), 0));
            }
            DefKind::Fn(info) if info.container == Container::Free => {
                let conv = Conv { prog, names: fn_generics(info), this_trait: None };
                idx.fns.insert(def.path.clone(), conv.ret(info));
            }
            _ => {}
        }
    }
    idx.types = types.into_iter().map(|(k, v)| (k, Lazy::new(v))).collect();
    idx.traits = traits.into_iter().map(|(k, v)| (k, Lazy::new(v))).collect();
    idx
}

/// The path of an impl's trait: its definition in this crate, else the path as resolved.
fn trait_path(prog: &Program, imp: &ImplInfo, t: &syntax::TyPath) -> String {
    if let Some(d) = imp.trait_def {
        return prog.def(d).path.clone();
    }
    match prog.resolve_path(imp.module, &t.segments, t.global, false) {
        Some(Res::External(p)) => p.into(),
        _ => t.segments.join("::"),
    }
}

/// Every public path of the crate: items and re-exports reachable through public
/// modules from its root, each to where it is defined.
fn public_paths(prog: &Program) -> HashMap<String, String> {
    let mut out = HashMap::default();
    let Some(&root) = prog.crate_roots.first() else { return out };
    let mut seen: HashSet<ModId> = HashSet::from_iter([root]);
    let mut todo = vec![(root, prog.modules[root as usize].path.clone())];
    while let Some((m, prefix)) = todo.pop() {
        let scope = &prog.modules[m as usize].scope;
        for (name, (res, public, _)) in scope.types.iter().chain(scope.values.iter()) {
            if !public || out.len() >= MAX_PATHS {
                continue;
            }
            let path = format!("{prefix}::{name}");
            match res {
                Res::Def(d) => {
                    let def = prog.def(*d);
                    if matches!(
                        def.kind,
                        DefKind::Adt { .. } | DefKind::Trait { .. } | DefKind::Fn(_) | DefKind::Alias { .. }
                    ) && def.path != path
                    {
                        out.insert(path, def.path.clone());
                    }
                }
                Res::Mod(x) => {
                    if prog.modules[*x as usize].krate == 0 && seen.insert(*x) {
                        todo.push((*x, path));
                    }
                }
                Res::External(p) => {
                    if p.contains(':') && **p != path {
                        out.insert(path, p.to_string());
                    }
                }
            }
        }
    }
    out
}

/// A function's own generic parameters: their types are unknown.
fn fn_generics(info: &FnInfo) -> HashMap<String, Ty> {
    info.sig.generics.params.iter().map(|(n, _)| (n.clone(), Ty::Unknown)).collect()
}

/// Turns types of the dependency's program into types that mean the same outside it.
struct Conv<'a> {
    prog: &'a Program,
    /// Generic parameter names in scope, and what they become.
    names: HashMap<String, Ty>,
    /// The trait whose method this is (its `Self`).
    this_trait: Option<u32>,
}

impl<'a> Conv<'a> {
    /// In an impl: the impl's parameters that the self type takes become its
    /// `Generic(i)`, the others (and the method's own) are unknown.
    fn for_impl(prog: &'a Program, imp: &ImplInfo, info: &FnInfo) -> Conv<'a> {
        let mut names = fn_generics(info);
        let self_args: Vec<&syntax::Ty> = match &imp.self_syn {
            syntax::Ty::Path(p) => p.args.iter().collect(),
            _ => Vec::new(),
        };
        for (n, _) in &imp.generics.params {
            let at = self_args.iter().position(|a| matches!(a, syntax::Ty::Path(p) if p.segments == [n.clone()]));
            names.insert(n.clone(), at.map_or(Ty::Unknown, |i| Ty::Generic(i as u32)));
        }
        Conv { prog, names, this_trait: None }
    }

    /// The return type as callers see it: `async fn` and `impl Future<Output = T>`
    /// give `Future<T>`.
    fn ret(&self, info: &FnInfo) -> Ty {
        let future = matches!(&info.sig.ret, Some(syntax::Ty::Bounds(b))
            if b.iter().any(|p| p.segments.last().is_some_and(|s| s == "Future")));
        let ret = match (&info.ret, future) {
            (Ty::Bounded(_, args), true) => {
                Ty::Extern("Future".into(), vec![self.ty(args.first().unwrap_or(&Ty::Unknown), 0)])
            }
            (t, _) => self.ty(t, 0),
        };
        if info.sig.is_async {
            Ty::Extern("Future".into(), vec![ret])
        } else {
            ret
        }
    }

    fn ty(&self, t: &Ty, depth: usize) -> Ty {
        if depth > 16 {
            return Ty::Unknown;
        }
        let all = |ts: &[Ty]| ts.iter().map(|t| self.ty(t, depth + 1)).collect::<Vec<_>>();
        match t {
            Ty::Adt(d, args) => Ty::Extern(self.prog.def(*d).path.as_str().into(), all(args)),
            Ty::Alias(_, inner) | Ty::Field(_, _, inner) => self.ty(inner, depth + 1),
            Ty::Extern(p, args) => match self.names.get(&**p) {
                Some(r) if !p.contains(':') => r.clone(),
                _ => Ty::Extern(p.clone(), all(args)),
            },
            Ty::Ref(inner) => Ty::Ref(Box::new(self.ty(inner, depth + 1))),
            Ty::Slice(inner) => Ty::Slice(Box::new(self.ty(inner, depth + 1))),
            Ty::Tuple(ts) => Ty::Tuple(all(ts)),
            Ty::Bounded(traits, args) if args.is_empty() && traits.len() == 1 && Some(traits[0]) == self.this_trait => {
                Ty::Extern("Self".into(), Vec::new())
            }
            Ty::Bounded(traits, args) => match traits.first() {
                Some(t) => Ty::Extern(self.prog.def(*t).path.as_str().into(), all(args)),
                None => Ty::Bounded(Vec::new(), all(args)),
            },
            Ty::Generic(i) => Ty::Generic(*i),
            Ty::FnItem(_) | Ty::Unknown => Ty::Unknown,
        }
    }
}

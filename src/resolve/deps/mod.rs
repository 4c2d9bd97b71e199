//! The dependency index: the public API (signatures only) of the dependency crates the
//! analysis reaches, read lazily — a crate is indexed the first time a type or function
//! of it is looked up — from the sources cargo keeps on disk ([`crate::load::deps`]),
//! and cached on disk per crate source ([`cache`]). std, core and alloc are indexed the
//! same way from the `rust-src` component when it is installed ([`std_src`]), for the
//! std methods the built-in model does not know.

mod cache;
mod index;
mod std_src;

pub use index::{CrateIndex, Lazy, Method, TypeEntry};

use super::Ty;
use crate::load::deps::{Found, Sources};
use crate::load::{self, CrateSpec, Layout};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// Crates never looked up among the dependencies (the built-in std model covers them,
/// then [`std_src`]).
const STD: &[&str] = &["std", "core", "alloc", "Self", "crate", "self", "super"];

/// Most re-export hops followed from a public path to its definition.
const MAX_HOPS: usize = 8;

type Cell = Arc<OnceLock<Option<Arc<CrateIndex>>>>;

/// Which indexes a lookup reads: the dependencies', or std's from `rust-src`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Deps,
    Std,
}

/// The dependencies of a workspace, indexed on demand. Shared by the flow's threads.
#[derive(Default)]
pub struct Deps {
    /// The workspace root and its packages; `None` for a dependency's own program.
    workspace: Option<(PathBuf, Vec<String>)>,
    sources: OnceLock<Sources>,
    /// The lock file's packages read ahead ([`Deps::read_ahead`]), for [`Deps::reach`].
    read_ahead: Mutex<Option<Sources>>,
    /// The crates worth reading: those the policy names (`[functions]`, `[data]`) and
    /// those that depend on them; set by [`Deps::reach`].
    relevant: OnceLock<HashSet<String>>,
    crates: Mutex<HashMap<String, Cell>>,
    /// `name version` of crates reached whose sources are not on disk.
    missing: Mutex<BTreeSet<String>>,
    /// Crates whose sources could not be read.
    notes: Mutex<BTreeSet<String>>,
    /// std, core and alloc from `rust-src`.
    std: std_src::StdLib,
}

impl std::fmt::Debug for Deps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Deps")
    }
}

/// What a call to a dependency's function or method gives.
#[derive(Debug, Clone)]
pub struct DepCall {
    /// Its return type, instantiated for the receiver.
    pub ret: Ty,
    /// The paths a `[functions]` entry may name it by, defining paths: the type's
    /// (`reqwest::async_impl::request::RequestBuilder::send`), then the trait's.
    pub keys: Vec<String>,
    /// Takes `&mut self`: its arguments are kept in the receiver.
    pub mut_self: bool,
}

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Deps {
    /// The dependencies of the workspace at `root` with packages `members`.
    pub fn new(root: PathBuf, members: Vec<String>) -> Deps {
        Deps { workspace: Some((root, members)), ..Deps::default() }
    }

    /// `name version` of the crates the analysis reached whose sources are not on disk.
    pub fn missing(&self) -> Vec<String> {
        locked(&self.missing).iter().cloned().collect()
    }

    /// Crates whose sources were found but could not be indexed, with why.
    pub fn notes(&self) -> Vec<String> {
        locked(&self.notes).iter().cloned().collect()
    }

    /// Says which crates the policy names (by name in code): only they, and the crates
    /// depending on them (which alone can return their types), are read. Before this
    /// (or without such entries) no dependency is read.
    pub fn reach(&self, named: HashSet<String>) {
        let ahead = locked(&self.read_ahead).take();
        let relevant = match &self.workspace {
            Some((root, members)) if !named.is_empty() => {
                let mut sources = ahead.unwrap_or_else(|| Sources::read(root, members));
                let relevant = sources.dependents(&named);
                sources.forget_dependencies();
                let _ = self.sources.set(sources);
                relevant
            }
            _ => HashSet::default(),
        };
        let _ = self.relevant.set(relevant);
    }

    /// Reads what [`Deps::reach`] and the flow's first std lookups would (the lock file, and
    /// std's index from `rust-src`), on a thread that would otherwise wait: resolution runs
    /// on one.
    pub fn read_ahead(&self) {
        if let Some((root, members)) = &self.workspace {
            *locked(&self.read_ahead) = Some(Sources::read(root, members));
            self.read_std();
        }
    }

    /// The lock file's packages, read by [`Deps::reach`].
    fn sources(&self) -> Option<&Sources> {
        self.sources.get()
    }

    /// The index of the crate the workspace calls `lib`, built (or read from the cache)
    /// the first time: a relevant crate (see [`Deps::reach`]), or any crate when `hop`
    /// (a path that a relevant crate re-exports, or a type one hands out, leads there).
    fn krate(&self, lib: &str, hop: bool) -> Option<Arc<CrateIndex>> {
        let relevant = self.relevant.get()?;
        if STD.contains(&lib) || !(hop || relevant.contains(lib)) || relevant.is_empty() {
            return None;
        }
        let cell = locked(&self.crates).entry(lib.to_string()).or_default().clone();
        cell.get_or_init(|| self.build(lib)).clone()
    }

    /// The index of crate `lib` on `side`.
    fn index(&self, lib: &str, hop: bool, side: Side) -> Option<Arc<CrateIndex>> {
        match side {
            Side::Deps => self.krate(lib, hop),
            Side::Std => self.std_krate(lib),
        }
    }

    fn build(&self, lib: &str) -> Option<Arc<CrateIndex>> {
        let found = self.sources()?.find(lib)?;
        let Found { package, version, dir, key } = found;
        let Some(dir) = dir else {
            locked(&self.missing).insert(format!("{package} {version}"));
            return None;
        };
        let spec = |dir: &PathBuf| load::library(dir).map(|spec| CrateSpec { name: lib.to_string(), ..spec });
        let built = self.cached_or_indexed(key.as_deref(), dir, spec, &format!("{package} {version}"));
        built.map_err(|why| locked(&self.notes).insert(format!("{package} {version}: {why}"))).ok()
    }

    /// The index cached under `key`, else the crate `spec` gives for `dir` indexed, timed
    /// under `name` with `REDLINE_TIMINGS`, and cached.
    fn cached_or_indexed(
        &self,
        key: Option<&str>,
        dir: PathBuf,
        spec: impl FnOnce(&PathBuf) -> Result<CrateSpec, String>,
        name: &str,
    ) -> Result<Arc<CrateIndex>, String> {
        if let Some(idx) = key.and_then(cache::load) {
            return Ok(Arc::new(idx));
        }
        let started = std::env::var_os("REDLINE_TIMINGS").map(|_| std::time::Instant::now());
        let built = spec(&dir).and_then(|spec| index_crate(dir, spec));
        if let Some(t) = started {
            eprintln!("timing: {:>8.1} ms  index {name}", t.elapsed().as_secs_f64() * 1000.0);
        }
        let idx = built?;
        if let Some(k) = key {
            cache::store(k, &idx);
        }
        Ok(Arc::new(idx))
    }

    /// A public path of a dependency (`reqwest::RequestBuilder`) as the path where it is
    /// defined, following re-exports across crates; `None` when no index knows it.
    pub fn canonical(&self, path: &str) -> Option<String> {
        self.canonical_in(path, Side::Deps)
    }

    fn canonical_in(&self, path: &str, side: Side) -> Option<String> {
        let mut cur = match side {
            Side::Deps => path.to_string(),
            Side::Std => std_src::entry(path)?,
        };
        let mut known = false;
        for hop in 0..MAX_HOPS {
            let idx = self.index(crate::syntax::first_segment(&cur), hop > 0, side)?;
            let defined = |p: &String| {
                idx.types.contains_key(p)
                    || idx.traits.contains_key(p)
                    || idx.fns.contains_key(p)
                    || idx.aliases.contains_key(p)
            };
            if defined(&cur) {
                return Some(cur);
            }
            let next = match side {
                Side::Deps => idx.paths.get(&cur).cloned(),
                // std re-exports whole modules of core and alloc (`pub use core::option;`).
                Side::Std => std_src::reexported(&idx.paths, &cur),
            };
            match next {
                Some(next) => {
                    cur = next;
                    known = true;
                }
                None => break,
            }
        }
        known.then_some(cur)
    }

    /// The method `name` of a receiver of type `recv` (a dependency's type, after
    /// autoderef): inherent, from a trait the type implements, or (for blanket and
    /// extension traits) from a trait of its crate that declares it.
    pub fn method(&self, recv: &Ty, name: &str) -> Option<DepCall> {
        self.method_in(recv, name, Side::Deps)
    }

    fn method_in(&self, recv: &Ty, name: &str, side: Side) -> Option<DepCall> {
        let mut recv = recv.clone();
        for _ in 0..MAX_HOPS {
            let Ty::Extern(path, args) = &recv else { return None };
            let owner = self.canonical_in(path, side)?;
            let idx = self.index(crate::syntax::first_segment(&owner), true, side)?;
            // `pub type Client = GenericClient<Http>`: the methods of what it stands for.
            match idx.aliases.get(&owner) {
                Some(target) => recv = target.subst(args),
                None => return self.method_of(&idx, owner, &recv, name, side),
            }
        }
        None
    }

    fn method_of(&self, idx: &CrateIndex, owner: String, recv: &Ty, name: &str, side: Side) -> Option<DepCall> {
        let mut mut_self = false;
        let (ret, via) = match idx.types.get(&owner).map(Lazy::value) {
            Some(entry) => match entry.methods.get(name) {
                Some(m) => {
                    mut_self = m.mut_self;
                    (m.ret.clone(), m.via.clone())
                }
                None => self.trait_method(idx, &entry.traits, name, side)?,
            },
            // `impl Trait` of this crate as a type: its methods.
            None => match idx.traits.get(&owner).and_then(|t| t.value().get(name)) {
                Some(ret) => (ret.clone(), None),
                None => self.trait_method(idx, &[], name, side)?,
            },
        };
        let mut keys = vec![format!("{owner}::{name}")];
        if let Some(t) = via.as_deref().map(|t| self.canonical_in(t, side).unwrap_or_else(|| t.to_string())) {
            keys.push(format!("{t}::{name}"));
        }
        Some(DepCall { ret: instantiate(&ret, &owner, recv), keys, mut_self })
    }

    /// A trait among `traits` (then, for dependencies, any trait of the crate, in path
    /// order) declaring `name`.
    fn trait_method(
        &self,
        idx: &CrateIndex,
        traits: &[String],
        name: &str,
        side: Side,
    ) -> Option<(Ty, Option<String>)> {
        for t in traits {
            let Some(canonical) = self.canonical_in(t, side) else { continue };
            let Some(tidx) = self.index(crate::syntax::first_segment(&canonical), true, side) else { continue };
            if let Some(ret) = tidx.traits.get(&canonical).and_then(|m| m.value().get(name)) {
                return Some((ret.clone(), Some(canonical)));
            }
        }
        // std's traits are too many and too general to guess from a method's name.
        if side == Side::Std {
            return None;
        }
        let mut declaring: Vec<(&String, &Ty)> =
            idx.traits.iter().filter_map(|(t, m)| Some((t, m.value().get(name)?))).collect();
        declaring.sort_by(|a, b| a.0.cmp(b.0));
        declaring.first().map(|(t, ret)| ((*ret).clone(), Some((*t).clone())))
    }

    /// A call of a dependency's function by path: a free function (`sqlx::query`) or an
    /// associated function of a type (`lettre::Message::builder`).
    pub fn function(&self, path: &str) -> Option<DepCall> {
        if let Some(canonical) = self.canonical(path) {
            let idx = self.krate(crate::syntax::first_segment(&canonical), true)?;
            if let Some(ret) = idx.fns.get(&canonical) {
                return Some(DepCall { ret: ret.clone(), keys: vec![canonical], mut_self: false });
            }
        }
        let (owner, name) = path.rsplit_once("::")?;
        let recv = Ty::Extern(owner.into(), Vec::new());
        let mut call = self.method(&recv, name)?;
        if matches!(&call.ret, Ty::Extern(p, _) if &**p == "Self") {
            call.ret = recv;
        }
        Some(call)
    }

    /// A `[functions]` key (a function, `Type::method` or `Trait::method`, by any public
    /// path) as the defining path the flow matches calls with; `None` when no index
    /// knows it.
    pub fn canonical_key(&self, key: &str) -> Option<String> {
        if let Some(c) = self.canonical(key) {
            return Some(c);
        }
        let (owner, name) = key.rsplit_once("::")?;
        Some(format!("{}::{name}", self.canonical(owner)?))
    }
}

/// A method's return type for a receiver of type `recv` (whose type is `owner`): `Self`
/// and the owner's own type are the receiver's, its parameters the receiver's arguments.
fn instantiate(ret: &Ty, owner: &str, recv: &Ty) -> Ty {
    let args = match recv {
        Ty::Extern(_, a) => a.as_slice(),
        _ => &[],
    };
    replace_self(&ret.subst(args), owner, recv, 0)
}

fn replace_self(t: &Ty, owner: &str, recv: &Ty, depth: usize) -> Ty {
    if depth > 16 {
        return Ty::Unknown;
    }
    let sub = |t: &Ty| replace_self(t, owner, recv, depth + 1);
    match t {
        Ty::Extern(p, args) if &**p == "Self" || (&**p == owner && args.iter().all(|a| *a == Ty::Unknown)) => {
            recv.clone()
        }
        Ty::Extern(p, args) => Ty::Extern(p.clone(), args.iter().map(sub).collect()),
        Ty::Ref(i) => Ty::Ref(Box::new(sub(i))),
        Ty::Slice(i) => Ty::Slice(Box::new(sub(i))),
        Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(sub).collect()),
        Ty::Bounded(tr, args) => Ty::Bounded(tr.clone(), args.iter().map(sub).collect()),
        other => other.clone(),
    }
}

/// Reads the library `spec` (in `dir`) for its signatures and indexes it, its paths
/// starting with `spec.name` (the name the workspace calls it by).
fn index_crate(dir: PathBuf, spec: CrateSpec) -> Result<CrateIndex, String> {
    let loaded = load::load_signatures(Layout { root: dir, crates: vec![spec], problems: Vec::new() });
    if loaded.modules.is_empty() {
        let why = loaded
            .problems
            .first()
            .map_or("nothing could be read".to_string(), |p| format!("{}: {}", p.file, p.message));
        return Err(why);
    }
    let prog = super::resolve(loaded);
    Ok(index::export(&prog))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reqwest() -> Deps {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/flow/dep-builder-fires");
        let deps = Deps::new(root.canonicalize().expect("fixture"), vec!["flow_dep_builder_fires".into()]);
        deps.reach(HashSet::from_iter(["reqwest".to_string()]));
        deps
    }

    #[test]
    fn public_paths_are_the_defining_ones() {
        let deps = reqwest();
        let idx = deps.krate("reqwest", false).expect("vendored reqwest is indexed");
        assert!(idx.types.contains_key("reqwest::async_impl::client::Client"));
        assert_eq!(
            deps.canonical("reqwest::RequestBuilder").as_deref(),
            Some("reqwest::async_impl::request::RequestBuilder")
        );
        let key = deps.canonical_key("reqwest::RequestBuilder::send");
        assert_eq!(key.as_deref(), Some("reqwest::async_impl::request::RequestBuilder::send"));
    }

    #[test]
    fn builder_methods_return_their_types() {
        let deps = reqwest();
        let client = Ty::Extern("reqwest::Client".into(), Vec::new());
        let post = deps.method(&client, "post").expect("Client::post");
        let builder = Ty::Extern("reqwest::async_impl::request::RequestBuilder".into(), Vec::new());
        assert_eq!(post.ret, builder);
        let json = deps.method(&post.ret, "json").expect("RequestBuilder::json");
        assert_eq!(json.ret, builder);
        let send = deps.method(&json.ret, "send").expect("RequestBuilder::send");
        assert_eq!(send.keys, ["reqwest::async_impl::request::RequestBuilder::send"]);
        let Ty::Extern(future, args) = &send.ret else { panic!("{:?}", send.ret) };
        assert_eq!(&**future, "Future");
        assert!(
            matches!(&args[0], Ty::Extern(r, a) if &**r == "Result"
            && a[0] == Ty::Extern("reqwest::async_impl::response::Response".into(), Vec::new())),
            "{args:?}"
        );
        assert!(deps.missing().is_empty());
    }

    #[test]
    fn an_alias_has_the_methods_of_its_target() {
        let deps = reqwest();
        let alias = Ty::Extern("reqwest::HttpClient".into(), Vec::new());
        let post = deps.method(&alias, "post").expect("HttpClient is Client");
        assert_eq!(post.ret, Ty::Extern("reqwest::async_impl::request::RequestBuilder".into(), Vec::new()));
        assert_eq!(post.keys, ["reqwest::async_impl::client::Client::post"]);
    }
}

//! std, core and alloc indexed from the `rust-src` component ([`crate::load::rust_src`]
//! finds it), with the dependency index's machinery and cache, for the methods of std
//! types that the flow's built-in model (`flow/std_model.rs`) does not know. Nothing is
//! located or read until the first such lookup; without `rust-src`, every lookup misses.
//!
//! std is mostly re-exports of core and alloc, whole modules at a time (`pub use
//! core::option;`): a path is followed through the longest re-exported prefix. Types
//! come back under std's public paths (`std::sync::Arc`, not `alloc::sync::Arc`), the
//! paths code imports them by and `[functions]` entries name them by.

use super::{locked, Cell, CrateSpec, DepCall, Deps, Side};
use crate::diag::files;
use crate::load::rust_src::{self, CRATES};
use crate::resolve::Ty;
use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// The prelude module whose names unqualified std types are (`Option`, `Vec`, `String`).
const PRELUDE: &str = "std::prelude::v1";

/// Names the crates of `rust-src` give each other (std's `extern crate alloc as
/// alloc_crate;`): `(name in code, crate)`.
const EXTERN_NAMES: &[(&str, &str)] = &[("alloc_crate", "alloc")];

/// std from `rust-src`, located and indexed on first use.
#[derive(Default)]
pub(super) struct StdLib {
    /// The `library` directory, once looked for.
    library: OnceLock<Option<PathBuf>>,
    crates: Mutex<HashMap<String, Cell>>,
    /// Defining paths (of items and modules) → their shortest public path in std.
    public: OnceLock<HashMap<String, String>>,
}

/// The path a std type written as `path` is looked up by: unqualified names are the
/// prelude's; `None` for paths of other crates.
pub(super) fn entry(path: &str) -> Option<String> {
    match path.split_once("::") {
        None => Some(format!("{PRELUDE}::{path}")),
        Some((krate, _)) if CRATES.contains(&krate) => Some(path.to_string()),
        Some(_) => None,
    }
}

/// `cur` as the path it re-exports: the whole path, else its longest prefix that is
/// re-exported (`std::option::Option` → `core::option::Option`).
pub(super) fn reexported(paths: &HashMap<String, String>, cur: &str) -> Option<String> {
    let mut prefix = cur;
    loop {
        if let Some(target) = paths.get(prefix) {
            return Some(format!("{target}{}", &cur[prefix.len()..]));
        }
        prefix = &prefix[..prefix.rfind("::")?];
    }
}

impl Deps {
    /// The method `name` of a std type `recv` (after autoderef) as `rust-src` declares
    /// it, inherent or from a trait the type implements; `None` when `rust-src` is not
    /// installed or does not say. Its return type and keys use std's public paths.
    pub fn std_method(&self, recv: &Ty, name: &str) -> Option<DepCall> {
        let Ty::Extern(path, _) = recv else { return None };
        entry(path)?;
        let call = self.method_in(recv, name, Side::Std)?;
        let public = self.std.public.get_or_init(|| self.std_public_paths());
        let mut keys: Vec<String> = Vec::new();
        for k in call.keys.iter().map(|k| publicized(public, k)).chain(call.keys.iter().cloned()) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        Some(DepCall { ret: publicized_ty(public, &call.ret, 0), keys, mut_self: call.mut_self })
    }

    /// A std function called by `path` (`std::sync::Arc::unwrap_or_clone`,
    /// `std::fs::read_to_string`) as `rust-src` declares it: an associated function's
    /// type parameters are those of its first argument when that is a value of its type
    /// (`Arc::unwrap_or_clone(shared)` with `shared: Arc<Client>` gives `Client`).
    pub fn std_function(&self, path: &str, first_arg: &Ty) -> Option<DepCall> {
        let (owner, name) = path.rsplit_once("::")?;
        entry(owner)?;
        if let Some(canonical) = self.canonical_in(path, Side::Std) {
            let idx = self.std_krate(crate::syntax::first_segment(&canonical))?;
            if let Some(ret) = idx.fns.get(&canonical) {
                let public = self.std.public.get_or_init(|| self.std_public_paths());
                return Some(DepCall { ret: publicized_ty(public, ret, 0), keys: vec![canonical], mut_self: false });
            }
        }
        let mut arg = first_arg;
        while let Ty::Ref(inner) = arg {
            arg = inner;
        }
        let own_type = arg.extern_name().is_some() && arg.extern_name() == Some(crate::syntax::last_segment(owner));
        let recv = if own_type { arg.clone() } else { Ty::Extern(owner.into(), Vec::new()) };
        self.std_method(&recv, name)
    }

    /// Reads (or builds) the indexes of std, core and alloc and std's public paths now,
    /// instead of at the first lookup; nothing when `rust-src` is not installed.
    pub(super) fn read_std(&self) {
        use rayon::prelude::*;
        // The three at once: indexing one (the first time) is mostly one thread's work.
        let read: Vec<bool> = CRATES.par_iter().map(|lib| self.std_krate(lib).is_some()).collect();
        if read.contains(&true) {
            self.std.public.get_or_init(|| self.std_public_paths());
        }
    }

    /// The index of `lib` (one of [`CRATES`]) from `rust-src`, built or read from the
    /// cache the first time.
    pub(super) fn std_krate(&self, lib: &str) -> Option<Arc<super::CrateIndex>> {
        if !CRATES.contains(&lib) {
            return None;
        }
        let library = self.std.library.get_or_init(|| {
            let (root, _) = self.workspace.as_ref()?;
            rust_src::locate(root, &rust_src::Env::from_process())
        });
        let library = library.as_ref()?;
        let cell = locked(&self.std.crates).entry(lib.to_string()).or_default().clone();
        cell.get_or_init(|| self.build_std(library, lib)).clone()
    }

    fn build_std(&self, library: &std::path::Path, lib: &str) -> Option<Arc<super::CrateIndex>> {
        let name = format!("{lib} (rust-src)");
        let dir = match files::resolve_in(library, &library.join(lib)) {
            Ok(dir) => dir,
            Err(why) => {
                locked(&self.notes).insert(format!("{name}: {} cannot be read: {why}", library.join(lib).display()));
                return None;
            }
        };
        let key = rust_src::key(lib, &dir);
        let spec = |dir: &PathBuf| {
            Ok(CrateSpec {
                name: lib.to_string(),
                package: lib.to_string(),
                root_file: dir.join("src").join("lib.rs"),
                deps: EXTERN_NAMES.iter().map(|(n, c)| (n.to_string(), c.to_string())).collect(),
                is_lib: true,
            })
        };
        let built = self.cached_or_indexed(key.as_deref(), dir, spec, &name);
        built.map_err(|why| locked(&self.notes).insert(format!("{name}: {why}"))).ok()
    }

    /// What std's public paths re-export, reversed: the shortest public path of each
    /// defining path, preludes left out.
    fn std_public_paths(&self) -> HashMap<String, String> {
        let mut out: HashMap<String, String> = HashMap::default();
        let Some(std) = self.std_krate("std") else { return out };
        for (public, target) in &std.paths {
            if public.starts_with("std::prelude::") {
                continue;
            }
            let shorter = |old: &String| (public.len(), public) < (old.len(), old);
            if out.get(target).is_none_or(shorter) {
                out.insert(target.clone(), public.clone());
            }
        }
        out
    }
}

/// `path` under its public std path, through its longest prefix that has one.
fn publicized(public: &HashMap<String, String>, path: &str) -> String {
    reexported(public, path).unwrap_or_else(|| path.to_string())
}

fn publicized_ty(public: &HashMap<String, String>, t: &Ty, depth: usize) -> Ty {
    if depth > 16 {
        return Ty::Unknown;
    }
    let sub = |t: &Ty| publicized_ty(public, t, depth + 1);
    match t {
        Ty::Extern(p, args) => Ty::Extern(publicized(public, p).into(), args.iter().map(sub).collect()),
        Ty::Ref(i) => Ty::Ref(Box::new(sub(i))),
        Ty::Slice(i) => Ty::Slice(Box::new(sub(i))),
        Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(sub).collect()),
        Ty::Bounded(tr, args) => Ty::Bounded(tr.clone(), args.iter().map(sub).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dependencies of a workspace whose `rust-src` is the fixture
    /// `testdata/rust-src-impl/library`.
    fn with_fixture() -> Deps {
        let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let deps = Deps::new(repo.join("testdata/flow/rust-src-fires"), Vec::new());
        let library = repo.join("testdata/rust-src-impl/library").canonicalize().expect("fixture");
        let _ = deps.std.library.set(Some(library));
        deps
    }

    fn ty(path: &str, args: Vec<Ty>) -> Ty {
        Ty::Extern(path.into(), args)
    }

    #[test]
    fn std_methods_return_their_declared_types_under_public_paths() {
        let deps = with_fixture();
        let client = ty("vendor_crm::Client", Vec::new());
        let upgrade = deps.std_method(&ty("std::sync::Weak", vec![client.clone()]), "upgrade").expect("alloc's Weak");
        assert_eq!(upgrade.ret, ty("Option", vec![ty("std::sync::Arc", vec![client.clone()])]));
        assert_eq!(upgrade.keys, ["std::sync::Weak::upgrade", "alloc::sync::Weak::upgrade"]);
        // An unqualified name is the prelude's; core's `Option` through std's re-export.
        let insert = deps.std_method(&ty("Option", vec![client.clone()]), "insert").expect("core's Option");
        assert_eq!(insert.ret, Ty::Ref(Box::new(client)));
        let listener = ty("std::net::TcpListener", Vec::new());
        let accept = deps.std_method(&listener, "accept").expect("std's own type");
        let stream = ty("std::net::TcpStream", Vec::new());
        let Ty::Extern(result, args) = &accept.ret else { panic!("{:?}", accept.ret) };
        assert_eq!((&**result, &args[0]), ("std::result::Result", &Ty::Tuple(vec![stream.clone(), ty("u16", vec![])])));
        let write = deps.std_method(&stream, "write_all").expect("from the trait it implements");
        assert!(write.keys.contains(&"std::io::Write::write_all".to_string()), "{:?}", write.keys);
        // An associated function: the type's parameters from its first argument.
        let shared = ty("std::sync::Arc", vec![ty("vendor_crm::Client", Vec::new())]);
        let unwrapped = deps.std_function("std::sync::Arc::unwrap_or_clone", &shared).expect("Arc's function");
        assert_eq!(unwrapped.ret, ty("vendor_crm::Client", Vec::new()));
        let unknown = deps.std_function("std::sync::Arc::unwrap_or_clone", &Ty::Unknown).expect("without the argument");
        assert_eq!(unknown.ret, Ty::Unknown);
        // What the fixture does not declare, and types of other crates.
        assert!(deps.std_method(&listener, "set_ttl").is_none());
        assert!(deps.std_method(&ty("reqwest::Client", Vec::new()), "post").is_none());
        assert!(deps.notes().is_empty(), "{:?}", deps.notes());
    }

    #[test]
    fn std_is_read_ahead_once_without_reading_it_again_for_its_own_program() {
        // Indexing std resolves std's own program, which must not read std in turn.
        let deps = with_fixture();
        deps.read_ahead();
        assert!(deps.std.public.get().is_some_and(|p| !p.is_empty()));
        for lib in CRATES {
            assert!(deps.std_krate(lib).is_some(), "{lib}");
        }
        assert!(deps.notes().is_empty(), "{:?}", deps.notes());
    }

    #[test]
    fn without_rust_src_nothing_is_known() {
        let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let deps = Deps::new(repo.join("testdata/flow/rust-src-fires"), Vec::new());
        let _ = deps.std.library.set(None);
        assert!(deps.std_method(&ty("std::sync::Weak", Vec::new()), "upgrade").is_none());
        assert!(deps.std_function("std::sync::Weak::upgrade", &Ty::Unknown).is_none());
    }

    #[test]
    fn paths_follow_the_longest_reexported_prefix() {
        let paths: HashMap<String, String> = [("std::option", "core::option"), ("std::sync::Arc", "alloc::sync::Arc")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(reexported(&paths, "std::option::Option").as_deref(), Some("core::option::Option"));
        assert_eq!(reexported(&paths, "std::sync::Arc").as_deref(), Some("alloc::sync::Arc"));
        assert_eq!(reexported(&paths, "std::sync::Weak"), None);
        assert_eq!(reexported(&paths, "std::optional::X"), None, "a prefix ends at a segment");
        assert_eq!(entry("Vec").as_deref(), Some("std::prelude::v1::Vec"));
        assert_eq!(entry("alloc::sync::Weak").as_deref(), Some("alloc::sync::Weak"));
        assert_eq!(entry("reqwest::Client"), None);
    }
}

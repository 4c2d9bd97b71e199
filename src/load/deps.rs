//! Where the sources of the workspace's dependencies are on disk, without running cargo
//! (redline runs on untrusted pull requests, and a repository's `rust-toolchain.toml` can
//! make the rustup proxy behind `cargo metadata` run any binary): versions from
//! `Cargo.lock`, sources from a `vendor/` directory inside the workspace (cargo's vendor
//! layout, named by `.cargo/config.toml`'s source replacement or the default `vendor`),
//! the registry source cache `$CARGO_HOME/registry/src/<index>/<name>-<version>/`, or
//! a git checkout `$CARGO_HOME/git/checkouts/<repo>-<hash>/<rev>/`.

use crate::diag::files;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

/// One package of `Cargo.lock`.
#[derive(Debug, Clone)]
struct Locked {
    name: String,
    version: String,
    source: String,
    /// Names of the packages it depends on.
    deps: Vec<String>,
}

/// A dependency found in `Cargo.lock`, and its sources if they are on disk.
#[derive(Debug, Clone)]
pub struct Found {
    pub package: String,
    pub version: String,
    /// The crate's directory, canonical; `None` when its sources are not on disk.
    pub dir: Option<PathBuf>,
    /// What identifies these sources for the cache; `None`: do not cache them (a
    /// vendored crate without cargo's checksum file may change under the same version).
    pub key: Option<String>,
}

/// The packages of a workspace's `Cargo.lock`, and where to look for their sources.
#[derive(Debug, Default)]
pub struct Sources {
    /// Packages by their name in code (`-` as `_`).
    by_lib: HashMap<String, Vec<Locked>>,
    /// `name version` of the packages workspace members depend on.
    direct: HashSet<String>,
    cargo_home: Option<PathBuf>,
    vendor: Vec<PathBuf>,
}

/// The cargo home: `$CARGO_HOME`, else `$HOME/.cargo`.
pub fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".cargo")))
}

impl Sources {
    /// Reads `root/Cargo.lock` (nothing when there is none) for the workspace whose
    /// packages are `members`.
    pub fn read(root: &Path, members: &[String]) -> Sources {
        let Ok(bytes) = files::read_in(root, &root.join("Cargo.lock"), files::MAX_CONFIG_BYTES) else {
            return Sources::default();
        };
        let text = String::from_utf8_lossy(&bytes);
        let (packages, member_deps) = parse_lock(&text, members);
        let mut by_lib: HashMap<String, Vec<Locked>> = HashMap::default();
        let mut versions: HashMap<String, Vec<String>> = HashMap::default();
        for p in &packages {
            versions.entry(p.name.clone()).or_default().push(p.version.clone());
        }
        let direct = member_deps
            .into_iter()
            .filter_map(|d| match d.split_once(' ') {
                Some((n, v)) => Some(format!("{n} {v}")),
                None => versions.get(&d).and_then(|v| v.first()).map(|v| format!("{d} {v}")),
            })
            .collect();
        for p in packages.into_iter().filter(|p| !p.source.is_empty()) {
            by_lib.entry(p.name.replace('-', "_")).or_default().push(p);
        }
        Sources { by_lib, direct, cargo_home: cargo_home(), vendor: vendor_dirs(root) }
    }

    /// Frees what only [`Sources::dependents`] reads (each package's dependencies).
    pub fn forget_dependencies(&mut self) {
        for p in self.by_lib.values_mut().flatten() {
            p.deps = Vec::new();
        }
    }

    /// The crates (by name in code) that `targets` are (with the parts of a facade crate,
    /// `sqlx_core` for `sqlx`), or that depend on one of them (directly or not): only
    /// those can hand out values of the targets' types.
    pub fn dependents(&self, targets: &HashSet<String>) -> HashSet<String> {
        let mut users: HashMap<String, Vec<String>> = HashMap::default();
        for p in self.by_lib.values().flatten() {
            for d in &p.deps {
                users.entry(d.replace('-', "_")).or_default().push(p.name.replace('-', "_"));
            }
        }
        let mut out: HashSet<String> = HashSet::default();
        let mut todo: Vec<String> = targets.iter().cloned().collect();
        // A facade's parts (`sqlx` re-exports `sqlx_core`'s types): targets too.
        for t in targets {
            let parts = self.by_lib.get(t).into_iter().flatten().flat_map(|p| &p.deps);
            todo.extend(parts.map(|d| d.replace('-', "_")).filter(|d| d.starts_with(&format!("{t}_"))));
        }
        while let Some(lib) = todo.pop() {
            if out.insert(lib.clone()) {
                todo.extend(users.get(&lib).into_iter().flatten().filter(|u| !out.contains(*u)).cloned());
            }
        }
        out
    }

    /// The package the workspace knows as `lib`, if `Cargo.lock` has one (the version
    /// the workspace's members depend on, else the highest), and where its sources are.
    pub fn find(&self, lib: &str) -> Option<Found> {
        let candidates = self.by_lib.get(lib)?;
        let chosen = candidates
            .iter()
            .find(|p| self.direct.contains(&format!("{} {}", p.name, p.version)))
            .or_else(|| candidates.iter().max_by_key(|p| version_key(&p.version)))?;
        let (dir, key) = self.locate(chosen).unzip();
        Some(Found { package: chosen.name.clone(), version: chosen.version.clone(), dir, key: key.flatten() })
    }

    fn locate(&self, p: &Locked) -> Option<(PathBuf, Option<String>)> {
        let versioned = format!("{}-{}", p.name, p.version);
        for v in &self.vendor {
            for d in [v.join(&versioned), v.join(&p.name)] {
                let Ok(dir) = files::resolve_in(v, &d) else { continue };
                if manifest_version(&dir).as_deref() == Some(p.version.as_str()) {
                    let key = std::fs::read(dir.join(".cargo-checksum.json"))
                        .ok()
                        .map(|b| format!("vendor-{versioned}-{:016x}", fnv(&b)));
                    return Some((dir, key));
                }
            }
        }
        let home = self.cargo_home.as_ref()?;
        if let Some(rev) = p.source.strip_prefix("git+").and_then(|s| s.rsplit_once('#')).map(|(_, r)| r) {
            let dir = git_checkout(home, p, rev)?;
            return Some((dir, Some(format!("git-{versioned}-{rev}"))));
        }
        let registry = home.join("registry").join("src");
        let mut indexes: Vec<PathBuf> = std::fs::read_dir(&registry).ok()?.flatten().map(|e| e.path()).collect();
        indexes.sort();
        indexes.into_iter().find_map(|index| {
            let dir = files::resolve_in(&index.canonicalize().ok()?, &index.join(&versioned)).ok()?;
            let index_name = index.file_name()?.to_string_lossy().into_owned();
            dir.join("Cargo.toml").is_file().then(|| (dir, Some(format!("{index_name}-{versioned}"))))
        })
    }
}

/// `[[package]]` entries (name, version, source), and the dependencies of the members.
fn parse_lock(text: &str, members: &[String]) -> (Vec<Locked>, Vec<String>) {
    let mut packages = Vec::new();
    let mut member_deps = Vec::new();
    let mut cur: Option<Locked> = None;
    let mut deps: Vec<String> = Vec::new();
    let mut in_deps = false;
    let mut flush = |cur: &mut Option<Locked>, deps: &mut Vec<String>| {
        if let Some(mut p) = cur.take() {
            p.deps = deps.iter().map(|d| d.split(' ').next().unwrap_or(d).to_string()).collect();
            if members.contains(&p.name) && p.source.is_empty() {
                member_deps.append(deps);
            }
            packages.push(p);
        }
        deps.clear();
    };
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') && !in_deps {
            flush(&mut cur, &mut deps);
            if line == "[[package]]" {
                cur = Some(Locked {
                    name: String::new(),
                    version: String::new(),
                    source: String::new(),
                    deps: Vec::new(),
                });
            }
            continue;
        }
        if in_deps {
            if line.starts_with(']') {
                in_deps = false;
            } else if let Some(d) = quoted(line) {
                deps.push(d.to_string());
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        let Some(p) = cur.as_mut() else { continue };
        match key.trim() {
            "name" => p.name = quoted(value).unwrap_or_default().to_string(),
            "version" => p.version = quoted(value).unwrap_or_default().to_string(),
            "source" => p.source = quoted(value).unwrap_or_default().to_string(),
            "dependencies" => {
                in_deps = !value.contains(']');
                deps.extend(value.split(',').filter_map(quoted).map(str::to_string));
            }
            _ => {}
        }
    }
    flush(&mut cur, &mut deps);
    (packages, member_deps)
}

/// The text between the first pair of double quotes.
fn quoted(s: &str) -> Option<&str> {
    let start = s.find('"')? + 1;
    let len = s[start..].find('"')?;
    Some(&s[start..start + len])
}

/// A version's numbers, for choosing the highest.
fn version_key(v: &str) -> Vec<u64> {
    v.split(['.', '-', '+']).map(|p| p.parse().unwrap_or(0)).collect()
}

/// The `version` in `dir/Cargo.toml`.
fn manifest_version(dir: &Path) -> Option<String> {
    let bytes = files::read_in(dir, &dir.join("Cargo.toml"), files::MAX_CONFIG_BYTES).ok()?;
    let m: toml::Table = String::from_utf8(bytes).ok()?.parse().ok()?;
    m.get("package")?.get("version")?.as_str().map(str::to_string)
}

/// Vendor directories inside the workspace: those `.cargo/config.toml` (or
/// `.cargo/config`) names as a `directory` source, and `vendor/`.
fn vendor_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    for name in [".cargo/config.toml", ".cargo/config"] {
        let Ok(bytes) = files::read_in(root, &root.join(name), files::MAX_CONFIG_BYTES) else { continue };
        let Ok(config) = String::from_utf8_lossy(&bytes).parse::<toml::Table>() else { continue };
        let sources = config.get("source").and_then(|s| s.as_table()).into_iter().flatten();
        dirs.extend(sources.filter_map(|(_, s)| s.get("directory")?.as_str().map(|d| root.join(d))));
    }
    dirs.push(root.join("vendor"));
    let mut inside: Vec<PathBuf> = dirs.iter().filter_map(|d| files::resolve_in(root, d).ok()).collect();
    inside.dedup();
    inside
}

/// Most directories searched inside one git checkout for the package.
const MAX_CHECKOUT_DIRS: usize = 512;

/// The directory of package `p` in a git checkout of revision `rev`.
fn git_checkout(home: &Path, p: &Locked, rev: &str) -> Option<PathBuf> {
    let url = p.source.trim_start_matches("git+").split(['?', '#']).next()?;
    let repo = url.trim_end_matches('/').rsplit('/').next()?.trim_end_matches(".git").to_lowercase();
    let checkouts = home.join("git").join("checkouts");
    let prefix = format!("{repo}-");
    for e in std::fs::read_dir(&checkouts).ok()?.flatten() {
        if !e.file_name().to_string_lossy().starts_with(&prefix) {
            continue;
        }
        for r in std::fs::read_dir(e.path()).into_iter().flatten().flatten() {
            let short = r.file_name().to_string_lossy().into_owned();
            if short.len() >= 7 && rev.starts_with(&short) {
                let top = r.path().canonicalize().ok()?;
                if let Some(dir) = package_in(&top, &p.name) {
                    return Some(dir);
                }
            }
        }
    }
    None
}

/// The directory below `top` (inside it) whose manifest is package `name`'s.
fn package_in(top: &Path, name: &str) -> Option<PathBuf> {
    let mut todo = vec![top.to_path_buf()];
    let mut budget = MAX_CHECKOUT_DIRS;
    while let Some(d) = todo.pop() {
        budget = budget.checked_sub(1)?;
        if manifest_name(top, &d).as_deref() == Some(name) {
            return Some(d);
        }
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            let hidden = e.file_name().to_string_lossy().starts_with('.');
            if is_dir && !hidden {
                todo.push(e.path());
            }
        }
    }
    None
}

fn manifest_name(top: &Path, dir: &Path) -> Option<String> {
    let bytes = files::read_in(top, &dir.join("Cargo.toml"), files::MAX_CONFIG_BYTES).ok()?;
    let m: toml::Table = String::from_utf8(bytes).ok()?.parse().ok()?;
    m.get("package")?.get("name")?.as_str().map(str::to_string)
}

/// FNV-1a, 64 bits: a checksum for cache entries and source keys (not security).
pub fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::test_files::write;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "app"
version = "0.1.0"
dependencies = [
 "http-body 1.0.0",
 "reqwest",
]

[[package]]
name = "http-body"
version = "0.4.6"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "http-body"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "reqwest"
version = "0.12.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["http-body 1.0.0"]
"#;

    #[test]
    fn reads_the_lock_and_chooses_the_members_version() {
        let (packages, member_deps) = parse_lock(LOCK, &["app".to_string()]);
        assert_eq!(packages.len(), 4);
        assert_eq!(member_deps, ["http-body 1.0.0", "reqwest"]);
        let direct = ["http-body 0.4.6".to_string()].into_iter().collect();
        let mut by_lib: HashMap<String, Vec<Locked>> = HashMap::default();
        for p in packages.into_iter().filter(|p| !p.source.is_empty()) {
            by_lib.entry(p.name.replace('-', "_")).or_default().push(p);
        }
        let s = Sources { by_lib, direct, cargo_home: None, vendor: Vec::new() };
        let found = s.find("http_body").expect("in the lock");
        assert_eq!((found.version.as_str(), found.dir), ("0.4.6", None));
        assert!(s.find("app").is_none(), "workspace members are not dependencies");
        assert!(s.find("serde").is_none());
    }

    fn temp(name: &str) -> PathBuf {
        crate::load::test_files::temp("deps", name)
    }

    fn manifest(name: &str, version: &str) -> String {
        format!("[package]\nname = \"{name}\"\nversion = \"{version}\"\n")
    }

    #[test]
    fn finds_git_checkouts_and_vendored_crates() {
        let home = temp("home");
        let rev = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
        let checkout = home.join("git/checkouts/sdk-rs-0123456789abcdef/1a2b3c4");
        write(&checkout.join("Cargo.toml"), "[workspace]\nmembers = [\"crates/*\"]\n");
        write(&checkout.join("crates/crm-client/Cargo.toml"), &manifest("crm-client", "0.3.0"));
        let root = temp("ws");
        write(&root.join(".cargo/config.toml"), "[source.vendored]\ndirectory = \"third_party/vendor\"\n");
        write(&root.join("third_party/vendor/twilio/Cargo.toml"), &manifest("twilio", "1.1.0"));
        write(&root.join("third_party/vendor/twilio/.cargo-checksum.json"), "{\"package\": \"ab\"}");
        let lock = format!(
            "[[package]]\nname = \"crm-client\"\nversion = \"0.3.0\"\nsource = \"git+https://github.com/acme/sdk-rs?branch=main#{rev}\"\n\n\
             [[package]]\nname = \"twilio\"\nversion = \"1.1.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n"
        );
        write(&root.join("Cargo.lock"), &lock);
        // A vendored crate that is a symlink out of the workspace is not used.
        std::os::unix::fs::symlink(checkout.join("crates/crm-client"), root.join("third_party/vendor/crm-client"))
            .expect("symlink");
        let mut sources = Sources::read(&root, &[]);
        sources.cargo_home = Some(home.clone());
        let git = sources.find("crm_client").expect("in the lock");
        assert_eq!(git.dir.as_deref(), Some(checkout.join("crates/crm-client").as_path()));
        assert_eq!(git.key.as_deref(), Some(format!("git-crm-client-0.3.0-{rev}").as_str()));
        let vendored = sources.find("twilio").expect("in the lock");
        assert_eq!(vendored.dir.as_deref(), Some(root.join("third_party/vendor/twilio").as_path()));
        assert!(vendored.key.is_some_and(|k| k.starts_with("vendor-twilio-1.1.0-")));
        let _ = (std::fs::remove_dir_all(&home), std::fs::remove_dir_all(&root));
    }
}

//! Cargo manifests: find the workspace, its packages, their crate roots and dependencies.

use crate::diag::{escape, files, Lint};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A crate to analyse: one library or binary target of a workspace package.
#[derive(Debug, Clone)]
pub struct CrateSpec {
    /// The crate's name as Rust code sees it (`-` becomes `_`).
    pub name: String,
    pub package: String,
    pub root_file: PathBuf,
    /// Dependencies as `(name in code, package name)`; a binary also sees its
    /// package's library.
    pub deps: Vec<(String, String)>,
    pub is_lib: bool,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub root: PathBuf,
    pub crates: Vec<CrateSpec>,
    /// What of the workspace could not be loaded.
    pub problems: Vec<LayoutProblem>,
}

/// A package, member pattern or target that is not analysed, reported in its manifest.
#[derive(Debug, Clone)]
pub struct LayoutProblem {
    pub manifest: PathBuf,
    pub lint: Lint,
    pub message: String,
    pub help: &'static str,
}

/// Why the workspace could not be loaded at all (exit code 2).
#[derive(Debug)]
pub struct LayoutError(pub String);

/// Most directories a workspace's `members` globs may visit.
pub const MAX_GLOB_DIRS: usize = 100_000;

const FIX_MANIFEST: &str = "fix the manifest so that cargo can read it";

/// Reads `dir/Cargo.toml`, which must resolve inside `within` (canonical).
fn read_manifest(within: &Path, dir: &Path) -> Result<toml::Table, String> {
    let path = dir.join("Cargo.toml");
    // What the messages quote comes from the repository.
    let shown = escape::text(&path.to_string_lossy()).into_owned();
    let bytes =
        files::read_in(within, &path, files::MAX_CONFIG_BYTES).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{shown} is not valid UTF-8"))?;
    text.parse::<toml::Table>().map_err(|e| format!("{shown} is not valid TOML: {}", escape::text(e.message())))
}

/// Finds the workspace containing `start` the way cargo does: the nearest
/// `Cargo.toml`, then an enclosing `[workspace]` that lists it as a member.
pub fn discover(start: &Path) -> Result<Layout, LayoutError> {
    let start = start.canonicalize().map_err(|e| LayoutError(format!("cannot open {}: {e}", start.display())))?;
    let start_dir =
        if start.is_file() { start.parent().map(Path::to_path_buf).unwrap_or(start.clone()) } else { start.clone() };
    let first = start_dir
        .ancestors()
        .find(|d| d.join("Cargo.toml").is_file())
        .ok_or_else(|| LayoutError(format!("no Cargo.toml in {} or any parent directory", start_dir.display())))?
        .to_path_buf();
    let manifest = read_manifest(&first, &first).map_err(LayoutError)?;
    let root = if manifest.contains_key("workspace") {
        first.clone()
    } else {
        first
            .ancestors()
            .skip(1)
            .find(|d| {
                d.join("Cargo.toml").is_file()
                    && read_manifest(d, d)
                        .ok()
                        .and_then(|m| m.get("workspace").and_then(|w| w.as_table()).map(|w| is_member(d, w, &first)))
                        .unwrap_or(false)
            })
            .map(Path::to_path_buf)
            .unwrap_or(first.clone())
    };
    let root_manifest = if root == first { manifest } else { read_manifest(&root, &root).map_err(LayoutError)? };
    let mut layout = Layout { root: root.clone(), crates: Vec::new(), problems: Vec::new() };
    let ws = root_manifest.get("workspace").and_then(|w| w.as_table());
    let mut package_dirs: BTreeSet<PathBuf> = BTreeSet::new();
    if root_manifest.contains_key("package") {
        package_dirs.insert(root.clone());
    }
    if let Some(ws) = ws {
        let (dirs, problems) = member_dirs(&root, ws);
        package_dirs.extend(dirs);
        layout.problems.extend(problems.into_iter().map(|message| LayoutProblem {
            manifest: root.join("Cargo.toml"),
            lint: Lint::ParseError,
            message,
            help: "list members with paths inside the workspace, as cargo does",
        }));
    }
    let ws_deps = ws.and_then(|w| w.get("dependencies")).and_then(|d| d.as_table());
    // The members' manifests are read and parsed in parallel (lemmy has 36), kept in order.
    let package_dirs: Vec<PathBuf> = package_dirs.into_iter().collect();
    let packages: Vec<_> = package_dirs
        .par_iter()
        .map(|dir| {
            let m = if *dir == root { Ok(root_manifest.clone()) } else { read_manifest(&root, dir) };
            m.and_then(|m| package_crates(&root, dir, &m, ws_deps))
        })
        .collect();
    for (dir, package) in package_dirs.into_iter().zip(packages) {
        let path = dir.join("Cargo.toml");
        match package {
            Ok((crates, refused)) => {
                layout.crates.extend(crates);
                layout.problems.extend(refused.into_iter().map(|message| LayoutProblem {
                    manifest: path.clone(),
                    lint: Lint::MissingModule,
                    message,
                    help: "point the target at a Rust file inside the workspace",
                }));
            }
            Err(msg) => layout.problems.push(LayoutProblem {
                manifest: path,
                lint: Lint::ParseError,
                message: format!("package skipped: {msg}"),
                help: FIX_MANIFEST,
            }),
        }
    }
    Ok(layout)
}

/// The library target of a dependency in `dir` (canonical), read from its manifest:
/// its name in code, root file and dependencies (renames included). Nothing is read
/// outside `dir`.
pub fn library(dir: &Path) -> Result<CrateSpec, String> {
    let m = read_manifest(dir, dir)?;
    package_crates(dir, dir, &m, None)?.0.into_iter().find(|c| c.is_lib).ok_or_else(|| "it has no library".into())
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The member directories of a workspace (canonical, inside `root`), and what is wrong
/// with its member patterns.
fn member_dirs(root: &Path, ws: &toml::Table) -> (Vec<PathBuf>, Vec<String>) {
    let excluded: Vec<PathBuf> = strings(ws.get("exclude")).iter().map(|e| root.join(e)).collect();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut walk = Walk { root, budget: MAX_GLOB_DIRS, outside: BTreeSet::new() };
    for pattern in strings(ws.get("members")) {
        match walk.glob(&pattern) {
            Ok(dirs) => out.extend(dirs.into_iter().filter(|p| {
                files::is_file_in(root, &p.join("Cargo.toml")) && !excluded.iter().any(|e| p.starts_with(e))
            })),
            Err(why) => problems.push(format!("workspace member `{pattern}` is not analysed: {why}")),
        }
    }
    for p in walk.outside {
        let shown = super::rel(root, &p);
        problems.push(format!("workspace member `{shown}` is not analysed: {}", files::Refused::Outside));
    }
    (out, problems)
}

/// Matching member patterns inside a root.
struct Walk<'a> {
    root: &'a Path,
    /// Directories the patterns may still visit.
    budget: usize,
    /// What a pattern matched that leads outside the root (a symlink).
    outside: BTreeSet<PathBuf>,
}

impl Walk<'_> {
    /// The directories inside the root that a member pattern (`crates/*`, `libs/**`)
    /// matches, canonical. Patterns that leave the root are refused; symlinks are followed
    /// only inside it, no directory is visited twice, and at most [`MAX_GLOB_DIRS`]
    /// directories are visited.
    fn glob(&mut self, pattern: &str) -> Result<Vec<PathBuf>, String> {
        let parts: Vec<&str> = pattern.split(['/', '\\']).filter(|p| !p.is_empty() && *p != ".").collect();
        if Path::new(pattern).has_root() || pattern.starts_with('/') || parts.contains(&"..") {
            return Err("it leaves the workspace root, and redline reads nothing outside it".into());
        }
        let mut dirs = vec![self.root.to_path_buf()];
        for part in parts {
            let mut next = BTreeSet::new();
            for dir in &dirs {
                if part == "**" {
                    self.descendants(dir, &mut next)?;
                    continue;
                }
                let pat = glob::Pattern::new(part).map_err(|e| format!("it is not a valid glob ({e})"))?;
                let names: Vec<PathBuf> = if part.contains(['*', '?', '[']) {
                    std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect()
                } else {
                    vec![dir.join(part)]
                };
                for p in names {
                    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    self.budget = self.budget.checked_sub(1).ok_or_else(too_many)?;
                    if pat.matches(&name) {
                        next.extend(self.dir_in(&p));
                    }
                }
            }
            dirs = next.into_iter().collect();
        }
        Ok(dirs)
    }

    /// `path` as a canonical directory inside the root (a way out is remembered).
    fn dir_in(&mut self, path: &Path) -> Option<PathBuf> {
        match files::resolve_in(self.root, path) {
            Ok(c) => Some(c).filter(|c| c.is_dir()),
            Err(files::Refused::Outside) => {
                self.outside.insert(path.to_path_buf());
                None
            }
            Err(_) => None,
        }
    }

    /// `dir` and every directory below it (for `**`).
    fn descendants(&mut self, dir: &Path, out: &mut BTreeSet<PathBuf>) -> Result<(), String> {
        let mut todo = vec![dir.to_path_buf()];
        while let Some(d) = todo.pop() {
            if !out.insert(d.clone()) {
                continue;
            }
            self.budget = self.budget.checked_sub(1).ok_or_else(too_many)?;
            for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                todo.extend(self.dir_in(&entry.path()).filter(|c| !out.contains(c)));
            }
        }
        Ok(())
    }
}

fn too_many() -> String {
    format!("its globs visit more than {MAX_GLOB_DIRS} directories")
}

fn is_member(root: &Path, ws: &toml::Table, dir: &Path) -> bool {
    member_dirs(root, ws).0.iter().any(|m| m == dir)
}

fn crate_name(s: &str) -> String {
    s.replace('-', "_")
}

/// What a target path is: `Some` if it can be analysed; a message in `refused` if it
/// exists (or was given explicitly) but cannot.
fn target(root: &Path, path: PathBuf, what: &str, explicit: bool, refused: &mut Vec<String>) -> Option<PathBuf> {
    match files::check_in(root, &path) {
        Ok(_) => Some(path),
        Err(files::Refused::Io(_)) if !explicit && path.symlink_metadata().is_err() => None,
        Err(e) => {
            refused.push(format!("{what} `{}` is not analysed: {e}", super::rel(root, &path)));
            None
        }
    }
}

/// The crates of a package, and the targets that cannot be analysed.
fn package_crates(
    root: &Path,
    dir: &Path,
    m: &toml::Table,
    ws_deps: Option<&toml::Table>,
) -> Result<(Vec<CrateSpec>, Vec<String>), String> {
    let Some(pkg) = m.get("package").and_then(|p| p.as_table()) else {
        return Err("no [package] table".into());
    };
    let package = pkg.get("name").and_then(|n| n.as_str()).ok_or("[package] has no `name`")?.to_string();
    let deps = dependencies(m, ws_deps);
    let mut refused = Vec::new();
    let mut out = Vec::new();
    let lib = m.get("lib").and_then(|l| l.as_table());
    let lib_given = lib.and_then(|l| l.get("path")).and_then(|p| p.as_str());
    let lib_path = lib_given.map(|p| dir.join(p)).unwrap_or_else(|| dir.join("src/lib.rs"));
    let lib_name = lib
        .and_then(|l| l.get("name"))
        .and_then(|n| n.as_str())
        .map(crate_name)
        .unwrap_or_else(|| crate_name(&package));
    let lib_file = target(root, lib_path, "[lib] path", lib_given.is_some(), &mut refused);
    let has_lib = lib_file.is_some();
    if let Some(root_file) = lib_file {
        out.push(CrateSpec {
            name: lib_name.clone(),
            package: package.clone(),
            root_file,
            deps: deps.clone(),
            is_lib: true,
        });
    }
    let mut bin_deps = deps;
    if has_lib {
        bin_deps.push((lib_name, package.clone()));
    }
    let mut seen = BTreeSet::new();
    for (name, path, explicit) in bin_targets(dir, pkg, m, &package) {
        let Some(path) = target(root, path, "[[bin]] path", explicit, &mut refused) else { continue };
        if seen.insert(path.clone()) {
            out.push(CrateSpec {
                name: crate_name(&name),
                package: package.clone(),
                root_file: path,
                deps: bin_deps.clone(),
                is_lib: false,
            });
        }
    }
    Ok((out, refused))
}

/// Dependencies as `(name in code, package name)`.
fn dependencies(m: &toml::Table, ws_deps: Option<&toml::Table>) -> Vec<(String, String)> {
    let mut deps = Vec::new();
    if let Some(d) = m.get("dependencies").and_then(|d| d.as_table()) {
        for (name, spec) in d {
            let mut pkg_name = spec.get("package").and_then(|p| p.as_str()).map(str::to_string);
            if spec.get("workspace").and_then(|w| w.as_bool()) == Some(true) {
                pkg_name = pkg_name.or_else(|| {
                    ws_deps
                        .and_then(|w| w.get(name))
                        .and_then(|s| s.get("package"))
                        .and_then(|p| p.as_str())
                        .map(str::to_string)
                });
            }
            deps.push((crate_name(name), pkg_name.unwrap_or_else(|| name.clone())));
        }
    }
    deps
}

/// Binary targets: `(name, root file, whether the path was given explicitly)`.
fn bin_targets(dir: &Path, pkg: &toml::Table, m: &toml::Table, package: &str) -> Vec<(String, PathBuf, bool)> {
    let mut bins = Vec::new();
    if let Some(list) = m.get("bin").and_then(|b| b.as_array()) {
        for b in list {
            let name = b.get("name").and_then(|n| n.as_str()).unwrap_or(package).to_string();
            let given = b.get("path").and_then(|p| p.as_str());
            let path = given.map(|p| dir.join(p)).unwrap_or_else(|| dir.join("src/bin").join(format!("{name}.rs")));
            bins.push((name, path, given.is_some()));
        }
    }
    let autobins = pkg.get("autobins").and_then(|a| a.as_bool()).unwrap_or(true);
    if autobins {
        bins.push((package.to_string(), dir.join("src/main.rs"), false));
        if let Ok(rd) = std::fs::read_dir(dir.join("src/bin")) {
            let mut found: Vec<(String, PathBuf, bool)> = rd
                .flatten()
                .filter_map(|e| {
                    let p = e.path();
                    let stem = p.file_stem()?.to_string_lossy().into_owned();
                    if p.extension().is_some_and(|x| x == "rs") {
                        Some((stem, p, false))
                    } else if p.join("main.rs").symlink_metadata().is_ok() {
                        Some((stem, p.join("main.rs"), false))
                    } else {
                        None
                    }
                })
                .collect();
            found.sort();
            bins.extend(found);
        }
    }
    bins
}

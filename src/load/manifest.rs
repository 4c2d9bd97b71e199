//! Cargo manifests: find the workspace, its packages, their crate roots and dependencies.

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

#[derive(Debug)]
pub struct Layout {
    pub root: PathBuf,
    pub crates: Vec<CrateSpec>,
    /// Members whose manifest could not be read: `(manifest path, message)`.
    pub problems: Vec<(PathBuf, String)>,
}

/// Why the workspace could not be loaded at all (exit code 2).
#[derive(Debug)]
pub struct LayoutError(pub String);

fn read_manifest(path: &Path) -> Result<toml::Table, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    text.parse::<toml::Table>().map_err(|e| format!("{} is not valid TOML: {}", path.display(), e.message()))
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
    let manifest = read_manifest(&first.join("Cargo.toml")).map_err(LayoutError)?;
    let root = if manifest.contains_key("workspace") {
        first.clone()
    } else {
        first
            .ancestors()
            .skip(1)
            .find(|d| {
                d.join("Cargo.toml").is_file()
                    && read_manifest(&d.join("Cargo.toml"))
                        .ok()
                        .and_then(|m| m.get("workspace").and_then(|w| w.as_table()).map(|w| is_member(d, w, &first)))
                        .unwrap_or(false)
            })
            .map(Path::to_path_buf)
            .unwrap_or(first.clone())
    };
    let root_manifest =
        if root == first { manifest } else { read_manifest(&root.join("Cargo.toml")).map_err(LayoutError)? };
    let mut layout = Layout { root: root.clone(), crates: Vec::new(), problems: Vec::new() };
    let ws = root_manifest.get("workspace").and_then(|w| w.as_table());
    let mut package_dirs: BTreeSet<PathBuf> = BTreeSet::new();
    if root_manifest.contains_key("package") {
        package_dirs.insert(root.clone());
    }
    if let Some(ws) = ws {
        for dir in member_dirs(&root, ws) {
            package_dirs.insert(dir);
        }
    }
    let ws_deps = ws.and_then(|w| w.get("dependencies")).and_then(|d| d.as_table());
    for dir in package_dirs {
        let path = dir.join("Cargo.toml");
        let m = if dir == root { Ok(root_manifest.clone()) } else { read_manifest(&path) };
        match m.and_then(|m| package_crates(&dir, &m, ws_deps)) {
            Ok(crates) => layout.crates.extend(crates),
            Err(msg) => layout.problems.push((path, msg)),
        }
    }
    Ok(layout)
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn member_dirs(root: &Path, ws: &toml::Table) -> Vec<PathBuf> {
    let excluded: Vec<PathBuf> = strings(ws.get("exclude")).iter().map(|e| root.join(e)).collect();
    let mut out = Vec::new();
    for pattern in strings(ws.get("members")) {
        let full = root.join(&pattern);
        let Some(full) = full.to_str() else { continue };
        let Ok(paths) = glob::glob(full) else { continue };
        for p in paths.flatten() {
            if p.join("Cargo.toml").is_file() && !excluded.iter().any(|e| p.starts_with(e)) {
                out.push(p.canonicalize().unwrap_or(p));
            }
        }
    }
    out
}

fn is_member(root: &Path, ws: &toml::Table, dir: &Path) -> bool {
    member_dirs(root, ws).iter().any(|m| m == dir)
}

fn crate_name(s: &str) -> String {
    s.replace('-', "_")
}

fn package_crates(dir: &Path, m: &toml::Table, ws_deps: Option<&toml::Table>) -> Result<Vec<CrateSpec>, String> {
    let Some(pkg) = m.get("package").and_then(|p| p.as_table()) else {
        return Err("no [package] table".into());
    };
    let package = pkg.get("name").and_then(|n| n.as_str()).ok_or("[package] has no `name`")?.to_string();
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
    let mut out = Vec::new();
    let lib = m.get("lib").and_then(|l| l.as_table());
    let lib_path = lib
        .and_then(|l| l.get("path"))
        .and_then(|p| p.as_str())
        .map(|p| dir.join(p))
        .unwrap_or_else(|| dir.join("src/lib.rs"));
    let lib_name = lib
        .and_then(|l| l.get("name"))
        .and_then(|n| n.as_str())
        .map(crate_name)
        .unwrap_or_else(|| crate_name(&package));
    let has_lib = lib_path.is_file();
    if has_lib {
        out.push(CrateSpec {
            name: lib_name.clone(),
            package: package.clone(),
            root_file: lib_path,
            deps: deps.clone(),
            is_lib: true,
        });
    }
    let mut bin_deps = deps;
    if has_lib {
        bin_deps.push((lib_name, package.clone()));
    }
    let mut bins: Vec<(String, PathBuf)> = Vec::new();
    if let Some(list) = m.get("bin").and_then(|b| b.as_array()) {
        for b in list {
            let name = b.get("name").and_then(|n| n.as_str()).unwrap_or(&package).to_string();
            let path = b
                .get("path")
                .and_then(|p| p.as_str())
                .map(|p| dir.join(p))
                .unwrap_or_else(|| dir.join("src/bin").join(format!("{name}.rs")));
            bins.push((name, path));
        }
    }
    let autobins = pkg.get("autobins").and_then(|a| a.as_bool()).unwrap_or(true);
    if autobins {
        let main = dir.join("src/main.rs");
        if main.is_file() {
            bins.push((package.clone(), main));
        }
        if let Ok(rd) = std::fs::read_dir(dir.join("src/bin")) {
            let mut found: Vec<(String, PathBuf)> = rd
                .flatten()
                .filter_map(|e| {
                    let p = e.path();
                    let stem = p.file_stem()?.to_str()?.to_string();
                    if p.extension().is_some_and(|x| x == "rs") {
                        Some((stem, p))
                    } else if p.join("main.rs").is_file() {
                        Some((stem, p.join("main.rs")))
                    } else {
                        None
                    }
                })
                .collect();
            found.sort();
            bins.extend(found);
        }
    }
    let mut seen = BTreeSet::new();
    for (name, path) in bins {
        if path.is_file() && seen.insert(path.clone()) {
            out.push(CrateSpec {
                name: crate_name(&name),
                package: package.clone(),
                root_file: path,
                deps: bin_deps.clone(),
                is_lib: false,
            });
        }
    }
    Ok(out)
}

//! Phase 1: find the workspace, its crates, and every module file, parsing files
//! in parallel as they are discovered (a file's `mod x;` items name the next ones).

mod manifest;

pub use manifest::{discover, CrateSpec, Layout, LayoutError, LayoutProblem, MAX_GLOB_DIRS};

use crate::diag::{files, Lint};
use crate::syntax::{self, Item, ItemKind, Span};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One module that has a file of its own, lowered.
#[derive(Debug)]
pub struct ModuleFile {
    pub krate: usize,
    /// Module path inside the crate (empty for the crate root).
    pub path: Vec<String>,
    /// File path relative to the workspace root, with `/`.
    pub file: String,
    pub items: Vec<Item>,
}

/// Something about the input that kept part of it from being analysed.
#[derive(Debug, Clone)]
pub struct Problem {
    pub lint: Lint,
    pub file: String,
    pub span: Option<Span>,
    pub message: String,
    pub label: String,
    pub help: Option<String>,
}

#[derive(Debug)]
pub struct Loaded {
    pub root: PathBuf,
    pub crates: Vec<CrateSpec>,
    pub modules: Vec<ModuleFile>,
    pub problems: Vec<Problem>,
    /// Files parsed (including those that failed to parse).
    pub files_seen: usize,
    /// Files whose text holds a suppression comment marker (sorted), so that the
    /// report phase reads again only those.
    pub suppression_files: Vec<String>,
}

struct Ctx<'a> {
    root: &'a Path,
    modules: Mutex<Vec<ModuleFile>>,
    problems: Mutex<Vec<Problem>>,
    seen: Mutex<HashSet<(usize, PathBuf)>>,
    files_seen: std::sync::atomic::AtomicUsize,
    suppression_files: Mutex<Vec<String>>,
}

struct Task {
    krate: usize,
    path: Vec<String>,
    file: PathBuf,
    /// Directory where `mod x;` of this file looks for `x.rs` / `x/mod.rs`
    /// (the file's own for `mod.rs`, crate roots and `#[path]` files, else `dir/x`).
    child_dir: PathBuf,
    /// The `mod x;` that named this file: `(file, span)`.
    decl: Option<(String, Span)>,
}

/// Loads every crate of the layout. Runs on the current rayon pool.
pub fn load(layout: Layout) -> Loaded {
    let root = layout.root.clone();
    let ctx = Ctx {
        root: &root,
        modules: Mutex::new(Vec::new()),
        problems: Mutex::new(Vec::new()),
        seen: Mutex::new(HashSet::new()),
        files_seen: Default::default(),
        suppression_files: Mutex::new(Vec::new()),
    };
    for p in &layout.problems {
        push(
            &ctx.problems,
            Problem {
                lint: p.lint,
                file: rel(&layout.root, &p.manifest),
                span: None,
                message: p.message.clone(),
                label: String::new(),
                help: Some(p.help.into()),
            },
        );
    }
    rayon::scope(|s| {
        for (krate, spec) in layout.crates.iter().enumerate() {
            let dir = spec.root_file.parent().map(Path::to_path_buf).unwrap_or_default();
            let task = Task { krate, path: Vec::new(), file: spec.root_file.clone(), child_dir: dir, decl: None };
            let ctx = &ctx;
            s.spawn(move |s| run(ctx, s, task));
        }
    });
    let mut modules = ctx.modules.into_inner().unwrap_or_else(|e| e.into_inner());
    modules.sort_by(|a, b| (a.krate, &a.path).cmp(&(b.krate, &b.path)));
    let mut problems = ctx.problems.into_inner().unwrap_or_else(|e| e.into_inner());
    problems.sort_by(|a, b| (&a.file, a.span, &a.message).cmp(&(&b.file, b.span, &b.message)));
    let mut suppression_files = ctx.suppression_files.into_inner().unwrap_or_else(|e| e.into_inner());
    suppression_files.sort();
    suppression_files.dedup();
    Loaded {
        root: layout.root.clone(),
        crates: layout.crates,
        modules,
        problems,
        files_seen: ctx.files_seen.into_inner(),
        suppression_files,
    }
}

fn push<T>(m: &Mutex<Vec<T>>, v: T) {
    m.lock().unwrap_or_else(|e| e.into_inner()).push(v);
}

/// A path as reports show it: relative to the workspace root, with `/`; a path outside
/// the root as it is (`/etc/passwd`, never `//etc/passwd`).
pub fn rel(root: &Path, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(p) => p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/"),
        Err(_) => path.to_string_lossy().into_owned(),
    }
}

fn run<'s>(ctx: &'s Ctx<'s>, scope: &rayon::Scope<'s>, task: Task) {
    let file_rel = rel(ctx.root, &task.file);
    let missing = |message: String, help: Option<String>| {
        let (file, span) = match &task.decl {
            Some((f, s)) => (f.clone(), Some(*s)),
            None => (file_rel.clone(), None),
        };
        Problem { lint: Lint::MissingModule, file, span, message, label: "declared here".into(), help }
    };
    let canonical = match files::resolve_in(ctx.root, &task.file) {
        Ok(c) => c,
        Err(files::Refused::Io(e)) => {
            push(&ctx.problems, missing(format!("cannot open module file {file_rel}: {e}"), None));
            return;
        }
        Err(e) => {
            push(&ctx.problems, missing(format!("module file {file_rel} is not analysed: {e}"), None));
            return;
        }
    };
    if !ctx.seen.lock().unwrap_or_else(|e| e.into_inner()).insert((task.krate, canonical.clone())) {
        push(
            &ctx.problems,
            missing(
                format!("{file_rel} is already loaded as another module of this crate (a `#[path]` or symlink cycle)"),
                None,
            ),
        );
        return;
    }
    let bytes = match files::read_in(ctx.root, &canonical, files::MAX_SOURCE_BYTES) {
        Ok(b) => b,
        Err(files::Refused::TooLarge(limit)) => {
            push(
                &ctx.problems,
                Problem {
                    lint: Lint::ParseError,
                    file: file_rel,
                    span: None,
                    message: format!("file not analysed: it is over the {limit}-byte limit"),
                    label: String::new(),
                    help: None,
                },
            );
            return;
        }
        Err(files::Refused::Io(e)) => {
            push(&ctx.problems, missing(format!("cannot read module file {file_rel}: {e}"), None));
            return;
        }
        Err(e) => {
            push(&ctx.problems, missing(format!("module file {file_rel} is not analysed: {e}"), None));
            return;
        }
    };
    ctx.files_seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            push(
                &ctx.problems,
                Problem {
                    lint: Lint::ParseError,
                    file: file_rel,
                    span: Some(Span::new(at, at)),
                    message: format!("file not analysed: it is not valid UTF-8 (invalid byte at offset {at})"),
                    label: String::new(),
                    help: Some("Rust source files must be UTF-8".into()),
                },
            );
            return;
        }
    };
    if text.contains(crate::syntax::SUPPRESSION_MARKER) {
        push(&ctx.suppression_files, file_rel.clone());
    }
    let model = match syntax::parse_file(&text) {
        Ok(m) => m,
        Err(e) => {
            push(
                &ctx.problems,
                Problem {
                    lint: Lint::ParseError,
                    file: file_rel,
                    span: Some(e.span),
                    message: format!("file not analysed: {}", e.message),
                    label: "here".into(),
                    help: Some(
                        "redline analyses the rest of the workspace; fix the syntax to have this file checked".into(),
                    ),
                },
            );
            return;
        }
    };
    drop(text);
    // Follow `mod x;` declarations, including those inside inline modules.
    let path_dir = task.file.parent().map(Path::to_path_buf).unwrap_or_default();
    let child_dir = task.child_dir.clone();
    let mut children = Vec::new();
    collect_mods(&model.items, &child_dir, &path_dir, &task.path, &mut children);
    for (name_path, item_span, attr_path, dir, pdir) in children {
        let name = name_path.last().cloned().unwrap_or_default();
        let (file, child_dir) = match attr_path {
            Some(p) => {
                let f = pdir.join(p);
                let d = f.parent().map(Path::to_path_buf).unwrap_or_default();
                (f, d)
            }
            None => {
                let flat = dir.join(format!("{name}.rs"));
                let nested = dir.join(&name).join("mod.rs");
                if flat.is_file() {
                    (flat, dir.join(&name))
                } else if nested.is_file() {
                    (nested, dir.join(&name))
                } else {
                    push(
                        &ctx.problems,
                        Problem {
                            lint: Lint::MissingModule,
                            file: file_rel.clone(),
                            span: Some(item_span),
                            message: format!(
                                "module `{name}` not analysed: neither {} nor {} exists",
                                rel(ctx.root, &flat),
                                rel(ctx.root, &nested)
                            ),
                            label: "declared here".into(),
                            help: Some("create the file, add a #[path] attribute, or remove the declaration".into()),
                        },
                    );
                    continue;
                }
            }
        };
        let t = Task { krate: task.krate, path: name_path, file, child_dir, decl: Some((file_rel.clone(), item_span)) };
        scope.spawn(move |s| run(ctx, s, t));
    }
    push(&ctx.modules, ModuleFile { krate: task.krate, path: task.path, file: file_rel, items: model.items });
}

type Child = (Vec<String>, Span, Option<String>, PathBuf, PathBuf);

fn collect_mods(items: &[Item], dir: &Path, path_dir: &Path, path: &[String], out: &mut Vec<Child>) {
    for item in items {
        let ItemKind::Mod(m) = &item.kind else { continue };
        if item.attrs.cfg_test {
            continue;
        }
        let mut p = path.to_vec();
        p.push(item.name.clone());
        match &m.inline {
            None => out.push((p, item.span, item.attrs.path.clone(), dir.to_path_buf(), path_dir.to_path_buf())),
            Some(inner) => {
                let d = dir.join(&item.name);
                collect_mods(inner, &d, &d, &p, out);
            }
        }
    }
}

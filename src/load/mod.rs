//! Phase 1: find the workspace, its crates, and every module file, parsing files
//! in parallel as they are discovered (a file's `mod x;` items name the next ones).

mod cache;
pub mod deps;
mod lazy;
mod macros;
mod manifest;
mod prescan;
pub mod rust_src;

pub use cache::Cache;
pub use lazy::{Bodies, Lazy};
pub use manifest::{discover, library, CrateSpec, Layout, LayoutError, LayoutProblem, MAX_GLOB_DIRS};

use crate::diag::{files, Finding, Lint};
use crate::syntax::{self, Item, ItemKind, Span};
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex};

/// One module that has a file of its own, lowered.
#[derive(Debug)]
pub struct ModuleFile {
    pub krate: usize,
    /// Module path inside the crate (empty for the crate root).
    pub path: Vec<String>,
    /// File path relative to the workspace root, with `/`.
    pub file: String,
    pub items: Vec<Item>,
    /// Read through `include!` into the module (whose own file is another one).
    pub included: bool,
    /// Declared `#[macro_use] mod x;`: its macros stay visible after the declaration.
    pub macro_use: bool,
    /// Its `macro_rules!` definitions (moved into the table of macros after loading).
    pub macro_defs: Vec<syntax::MacroDef>,
    /// Its top-level items that invoke macros (see [`syntax::MacroSite`]).
    pub macro_sites: Vec<syntax::MacroSite>,
    /// Its text as first parsed ([`syntax::FileModel::blanked`]), kept while it has sites to
    /// parse again or bodies left for later (not read a second time: they are parsed from
    /// the text their first parse found them in).
    pub text: Option<Arc<str>>,
    /// Its function bodies the first parse left empty ([`syntax::LazyBody`]; `text` holds
    /// them): [`Loaded::take_lazy`] gathers them.
    pub lazy: Vec<syntax::LazyBody>,
    /// Its `#![recursion_limit = "N"]` (read in a crate's root file: how deep the crate's
    /// macro expansions may nest).
    pub recursion_limit: Option<usize>,
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

impl Problem {
    pub fn finding(&self) -> Finding {
        let mut f = Finding::new(self.lint, self.file.clone(), self.span, self.message.clone());
        f.label = self.label.clone();
        f.help = self.help.clone();
        f
    }
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
    /// Files holding suppression comments, with their item extents.
    pub suppression_files: Vec<(String, syntax::Outline)>,
}

struct Ctx<'a> {
    root: &'a Path,
    modules: Mutex<Vec<ModuleFile>>,
    problems: Mutex<Vec<Problem>>,
    /// Files loaded, per crate (`None` as a module's own file, `Some(module)` included), and
    /// the modules each was loaded as.
    seen: Mutex<HashMap<Seen, Vec<Vec<String>>>>,
    /// What loading files again as other modules may still take: loads and bytes.
    shared_left: Mutex<(usize, usize)>,
    files_seen: std::sync::atomic::AtomicUsize,
    suppression_files: Mutex<Vec<(String, syntax::Outline)>>,
    /// A dependency's sources: signatures only, at most this many more files.
    signatures_only: Option<std::sync::atomic::AtomicUsize>,
    cache: Option<&'a cache::Round>,
    /// The names `macro_rules!` defines in the crates' directories (see [`prescan`]).
    macro_names: HashSet<String>,
    /// The texts the prescan read, by canonical path: each taken by the task that loads it.
    texts: Mutex<HashMap<PathBuf, Vec<u8>>>,
    /// Leave the function bodies that lower alone for later ([`load_lazily`]).
    lazily: bool,
    /// The canonical path of each directory a file was loaded from.
    dirs: Mutex<HashMap<PathBuf, PathBuf>>,
}

/// A file loaded into a crate: as a module's own file (`None`) or included into a module.
type Seen = (usize, PathBuf, Option<Vec<String>>);

struct Task {
    krate: usize,
    path: Vec<String>,
    file: PathBuf,
    /// Directory where `mod x;` of this file looks for `x.rs` / `x/mod.rs`
    /// (the file's own for `mod.rs`, crate roots and `#[path]` files, else `dir/x`).
    child_dir: PathBuf,
    /// The `mod x;` (or `include!`) that named this file: `(file, span)`.
    decl: Option<(String, Span)>,
    /// Named by an `include!`: its items belong to the module `path`.
    included: bool,
    macro_use: bool,
    /// The files of the modules it is in (canonical), innermost first: a file found among
    /// them again is a `#[path]` cycle.
    within: Option<Arc<Within>>,
}

/// A file of an enclosing module, and the files that enclose it.
struct Within {
    file: PathBuf,
    up: Option<Arc<Within>>,
}

impl Within {
    fn holds(within: &Option<Arc<Within>>, file: &Path) -> bool {
        let mut at = within.as_deref();
        while let Some(w) = at {
            if w.file == file {
                return true;
            }
            at = w.up.as_deref();
        }
        false
    }
}

/// Most loads of files already loaded as other modules (a file two modules share, as
/// `#[path = "common.rs"]` twice), and most bytes they read, per load of a workspace or a
/// dependency: without them, files that each declare the next one twice would load an
/// exponential number of modules.
pub const MAX_SHARED_LOADS: usize = 256;
pub const MAX_SHARED_BYTES: usize = 16 * 1024 * 1024;

/// Loads every crate of the layout. Runs on the current rayon pool.
pub fn load(layout: Layout) -> Loaded {
    load_with(layout, None, false)
}

/// [`load`], leaving empty the function bodies that lower alone ([`syntax::LazyBody`]):
/// [`Loaded::take_lazy`] gives them, to lower while names are resolved (which leaves the
/// other threads idle), then to put in their functions.
pub fn load_lazily(layout: Layout) -> Loaded {
    load_with(layout, None, true)
}

/// [`load`], parsing only the files that changed since the last load with `cache` (the
/// others are copied from it), and keeping this load's files in it.
pub fn load_cached(layout: Layout, cache: &mut Cache) -> Loaded {
    let round = cache::Round::start(cache);
    let loaded = load_with(layout, Some(&round), false);
    round.finish(cache);
    loaded
}

fn load_with(layout: Layout, cache: Option<&cache::Round>, lazily: bool) -> Loaded {
    let root = layout.root.clone();
    let mut ctx = Ctx::new(&root, None, cache);
    ctx.lazily = lazily;
    let found = prescan::macro_names(&root, &layout.crates);
    ctx.macro_names = found.names;
    ctx.texts = Mutex::new(found.texts);
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
            let task = root_task(krate, spec);
            let ctx = &ctx;
            s.spawn(move |s| run_parallel(ctx, s, task));
        }
    });
    ctx.finish(layout)
}

/// Most files read from one dependency crate.
pub const MAX_DEP_FILES: usize = 4096;

/// Loads the library of a dependency (its directory is `layout.root`) for its signatures:
/// function bodies are not kept, files are read one after the other on this thread (the
/// dependency index loads crates while the flow's walks wait for them), symlinks are not
/// followed out of the crate's directory, and at most [`MAX_DEP_FILES`] files are read.
pub fn load_signatures(layout: Layout) -> Loaded {
    let root = layout.root.clone();
    let ctx = Ctx::new(&root, Some(MAX_DEP_FILES.into()), None);
    let mut todo: Vec<Task> = layout.crates.iter().enumerate().map(|(krate, spec)| root_task(krate, spec)).collect();
    while let Some(task) = todo.pop() {
        todo.extend(run(&ctx, task));
    }
    ctx.finish(layout)
}

fn root_task(krate: usize, spec: &CrateSpec) -> Task {
    let dir = spec.root_file.parent().map(Path::to_path_buf).unwrap_or_default();
    Task {
        krate,
        path: Vec::new(),
        file: spec.root_file.clone(),
        child_dir: dir,
        decl: None,
        included: false,
        macro_use: false,
        within: None,
    }
}

impl<'a> Ctx<'a> {
    fn new(
        root: &'a Path,
        signatures_only: Option<std::sync::atomic::AtomicUsize>,
        cache: Option<&'a cache::Round>,
    ) -> Ctx<'a> {
        Ctx {
            root,
            modules: Mutex::new(Vec::new()),
            problems: Mutex::new(Vec::new()),
            seen: Mutex::new(HashMap::new()),
            shared_left: Mutex::new((MAX_SHARED_LOADS, MAX_SHARED_BYTES)),
            files_seen: Default::default(),
            suppression_files: Mutex::new(Vec::new()),
            signatures_only,
            cache,
            macro_names: HashSet::new(),
            texts: Mutex::default(),
            dirs: Mutex::default(),
            lazily: false,
        }
    }

    /// `path`, symlinks resolved, if it lies inside the root ([`files::resolve_in`]), with
    /// one system call for a file that is not a symlink in a directory resolved before
    /// (resolving each file's path anew read every directory above it as a link: ten
    /// thousand calls on tuwunel).
    fn real_path(&self, path: &Path) -> Result<PathBuf, files::Refused> {
        let (Some(dir), Some(Component::Normal(name))) = (path.parent(), path.components().next_back()) else {
            return files::resolve_in(self.root, path);
        };
        let known = self.dirs.lock().unwrap_or_else(|e| e.into_inner()).get(dir).cloned();
        let dir_resolved = match known {
            Some(d) => d,
            None => match files::resolve_in(self.root, dir) {
                Ok(d) => {
                    self.dirs.lock().unwrap_or_else(|e| e.into_inner()).insert(dir.to_path_buf(), d.clone());
                    d
                }
                Err(_) => return files::resolve_in(self.root, path),
            },
        };
        match path.symlink_metadata() {
            Ok(meta) if !meta.file_type().is_symlink() => Ok(dir_resolved.join(name)),
            _ => files::resolve_in(self.root, path),
        }
    }

    fn finish(self, layout: Layout) -> Loaded {
        let ctx = self;
        // What the prescan read and no module took: not held through the expansions.
        drop(ctx.texts);
        let mut modules = ctx.modules.into_inner().unwrap_or_else(|e| e.into_inner());
        modules.sort_by(|a, b| (a.krate, &a.path, a.included, &a.file).cmp(&(b.krate, &b.path, b.included, &b.file)));
        let mut problems = ctx.problems.into_inner().unwrap_or_else(|e| e.into_inner());
        if ctx.signatures_only.is_none() {
            macros::expand(&layout.root, &layout.crates, &mut modules, &mut problems);
        }
        problems.sort_by(|a, b| (&a.file, a.span, &a.message).cmp(&(&b.file, b.span, &b.message)));
        let mut suppression_files = ctx.suppression_files.into_inner().unwrap_or_else(|e| e.into_inner());
        suppression_files.sort_by(|a, b| a.0.cmp(&b.0));
        suppression_files.dedup_by(|a, b| a.0 == b.0);
        Loaded {
            root: layout.root.clone(),
            crates: layout.crates,
            modules,
            problems,
            files_seen: ctx.files_seen.into_inner(),
            suppression_files,
        }
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

fn problem(lint: Lint, file: String, span: Option<Span>, message: String, help: Option<&str>) -> Problem {
    let label = if span.is_some() { "declared here" } else { "" };
    Problem { lint, file, span, message, label: label.into(), help: help.map(str::to_string) }
}

/// The text of the file an `include!` in a file of `dir` names, read with the rules of a
/// source file, or why not.
fn read_included(root: &Path, dir: &Path, path: &str) -> Result<String, String> {
    let p = dir.join(path);
    let bytes =
        files::read_in(root, &p, files::MAX_SOURCE_BYTES).map_err(|e| format!("{} is not read: {e}", rel(root, &p)))?;
    String::from_utf8(bytes).map_err(|_| format!("{} is not valid UTF-8", rel(root, &p)))
}

/// A file that does not parse.
fn parse_problem(file: String, e: &syntax::SyntaxError) -> Problem {
    let help = "redline analyses the rest of the workspace; fix the syntax to have this file checked";
    let mut p = problem(Lint::ParseError, file, Some(e.span), format!("file not analysed: {}", e.message), Some(help));
    p.label = "here".into();
    p
}

fn run_parallel<'s>(ctx: &'s Ctx<'s>, scope: &rayon::Scope<'s>, task: Task) {
    for t in run(ctx, task) {
        scope.spawn(move |s| run_parallel(ctx, s, t));
    }
}

/// Reads and parses a task's file: the tasks of the files it names.
fn run(ctx: &Ctx, task: Task) -> Vec<Task> {
    let Some(Read { file_rel, text, canonical }) = read(ctx, &task) else { return Vec::new() };
    let marked = text.contains(crate::syntax::SUPPRESSION_MARKER);
    // `include!`s in expressions read files next to this one, with the same rules.
    let dir = task.file.parent().map(Path::to_path_buf).unwrap_or_default();
    let reader = |path: &str| read_included(ctx.root, &dir, path);
    let parsed = match ctx.cache {
        _ if ctx.signatures_only.is_some() => syntax::parse_signatures(&text),
        Some(cache) => cache.parse(&task.file, text, &reader, &ctx.macro_names),
        None => syntax::parse_file_deferring(&text, Some(&reader), &ctx.macro_names, ctx.lazily),
    };
    let model = match parsed {
        Ok(mut m) => {
            if marked {
                push(&ctx.suppression_files, (file_rel.clone(), m.outline.take().unwrap_or_default()));
            }
            m
        }
        Err(e) => {
            if marked {
                push(&ctx.suppression_files, (file_rel.clone(), syntax::Outline::default()));
            }
            push(&ctx.problems, parse_problem(file_rel, &e));
            return Vec::new();
        }
    };
    for u in &model.unincluded {
        let (lint, help) = if u.literal {
            (Lint::MissingModule, "include a readable Rust expression from inside the workspace")
        } else {
            (Lint::AnalysisLimit, "generated code is not analysed; check the generator, or include a checked-in copy")
        };
        let message = format!("the code of `include!({})` is not analysed: {}", u.what, u.why);
        push(&ctx.problems, problem(lint, file_rel.clone(), Some(u.span), message, Some(help)));
    }
    // Follow `mod x;` declarations and `include!`s, including those inside inline modules.
    let mut children = Vec::new();
    collect(&model.items, &task.child_dir, &dir, &task.path, &mut children);
    let within = Some(Arc::new(Within { file: canonical, up: task.within.clone() }));
    let tasks = children.into_iter().filter_map(|child| follow(ctx, &task, &within, &file_rel, &dir, child)).collect();
    let text = model.blanked;
    let file = ModuleFile {
        krate: task.krate,
        path: task.path,
        file: file_rel,
        items: model.items,
        included: task.included,
        macro_use: task.macro_use,
        macro_defs: model.macro_defs,
        macro_sites: model.macro_sites,
        text,
        lazy: model.lazy,
        recursion_limit: model.recursion_limit,
    };
    push(&ctx.modules, file);
    tasks
}

/// A task's file read: its name for reports, its text and its canonical path.
struct Read {
    file_rel: String,
    text: String,
    canonical: PathBuf,
}

/// Reads a task's file (once per module of a crate): its name for reports and its text, or
/// a problem.
fn read(ctx: &Ctx, task: &Task) -> Option<Read> {
    let file_rel = rel(ctx.root, &task.file);
    let what = if task.included { "included file" } else { "module file" };
    // A problem at the declaration that names the file (the file itself for a crate root).
    let report = |lint: Lint, message: String, help: Option<&str>| -> Option<Read> {
        let (file, span) = match &task.decl {
            Some((f, s)) => (f.clone(), Some(*s)),
            None => (file_rel.clone(), None),
        };
        push(&ctx.problems, problem(lint, file, span, message, help));
        None
    };
    let missing = |message: String| report(Lint::MissingModule, message, None);
    let canonical = match ctx.real_path(&task.file) {
        Ok(c) => c,
        Err(files::Refused::Io(e)) => return missing(format!("cannot open {what} {file_rel}: {e}")),
        Err(e) => return missing(format!("{what} {file_rel} is not analysed: {e}")),
    };
    // `src/a/../b.rs` (a `#[path = "../b.rs"]`) is reported as the file it is, `src/b.rs`.
    let file_rel = match task.file.components().any(|c| c == Component::ParentDir) {
        true => rel(ctx.root, &canonical),
        false => file_rel.clone(),
    };
    if let Some(budget) = &ctx.signatures_only {
        let spent = budget.fetch_update(Relaxed, Relaxed, |n| n.checked_sub(1)).is_err();
        if spent {
            return missing(format!("{what} {file_rel} is not read: the crate has over {MAX_DEP_FILES} files"));
        }
    }
    let again = match seen_before(ctx, task, &canonical) {
        Before::No => false,
        // The same module declared again, for other `cfg`s (`#[cfg(unix)] mod imp;` and
        // `#[cfg(not(unix))] mod imp;`, tokio's `cfg_rt!`/`cfg_not_rt!`), or a file included
        // again into the module that has its items (by the files of such twins, as
        // portable-atomic's): loaded once.
        Before::Twin => return None,
        Before::Cycle if task.included => {
            return missing(format!("{file_rel} is not included again: it is the file of this module or encloses it"))
        }
        Before::Cycle => {
            return missing(format!(
                "{file_rel} is already loaded as a module enclosing this one (a `#[path]` or symlink cycle)"
            ))
        }
        // A file two modules share (rustls's providers, `#[path = "common.rs"]` twice):
        // loaded as each, as rustc does.
        Before::Other => true,
    };
    // Resolved inside the root just above: not resolved again.
    let kept = ctx.texts.lock().unwrap_or_else(|e| e.into_inner()).remove(&canonical);
    let bytes = match kept.map_or_else(|| files::read_regular(&canonical, files::MAX_SOURCE_BYTES), Ok) {
        Ok(b) => b,
        Err(files::Refused::TooLarge(limit)) => {
            let message = format!("file not analysed: it is over the {limit}-byte limit");
            push(&ctx.problems, problem(Lint::ParseError, file_rel, None, message, None));
            return None;
        }
        Err(files::Refused::Io(e)) => return missing(format!("cannot read {what} {file_rel}: {e}")),
        Err(e) => return missing(format!("{what} {file_rel} is not analysed: {e}")),
    };
    if again && !spend_shared(ctx, bytes.len()) {
        let message = format!(
            "{file_rel} is not analysed as module `{}`: files loaded again as other modules are limited to \
             {MAX_SHARED_LOADS} loads and {MAX_SHARED_BYTES} bytes",
            task.path.join("::")
        );
        let help = "declare the shared items once and import them where they are used";
        return report(Lint::AnalysisLimit, message, Some(help));
    }
    if !again {
        ctx.files_seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(Read { file_rel, text, canonical }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let message = format!("file not analysed: it is not valid UTF-8 (invalid byte at offset {at})");
            let mut p = problem(
                Lint::ParseError,
                file_rel,
                Some(Span::new(at, at)),
                message,
                Some("Rust source files must be UTF-8"),
            );
            p.label = String::new();
            push(&ctx.problems, p);
            None
        }
    }
}

/// Whether a task's file was loaded before in its crate, and as what.
enum Before {
    No,
    /// As the same module (or included into it).
    Twin,
    /// As a module enclosing the task's.
    Cycle,
    /// As another module.
    Other,
}

fn seen_before(ctx: &Ctx, task: &Task, canonical: &Path) -> Before {
    // A file that encloses the task's is a cycle, whether it was seen as this module or
    // not: an `include!` is keyed by the module it is in, so a file including itself was
    // a new module at every level (without end; a fuzzed case of one line hung).
    if Within::holds(&task.within, canonical) {
        return Before::Cycle;
    }
    let key = (task.krate, canonical.to_path_buf(), task.included.then(|| task.path.clone()));
    let mut seen = ctx.seen.lock().unwrap_or_else(|e| e.into_inner());
    let modules = seen.entry(key).or_default();
    if modules.contains(&task.path) {
        return Before::Twin;
    }
    let first = modules.is_empty();
    modules.push(task.path.clone());
    drop(seen);
    match first {
        true => Before::No,
        false => Before::Other,
    }
}

/// Takes one load of `bytes` from what loading files again may still take.
fn spend_shared(ctx: &Ctx, bytes: usize) -> bool {
    let mut left = ctx.shared_left.lock().unwrap_or_else(|e| e.into_inner());
    match (left.0.checked_sub(1), left.1.checked_sub(bytes)) {
        (Some(loads), Some(bytes)) => {
            *left = (loads, bytes);
            true
        }
        _ => false,
    }
}

/// A `mod x;` or an `include!` found in a file.
struct Child {
    /// Module path of the declared module, or of the module the `include!` is in.
    path: Vec<String>,
    span: Span,
    kind: ChildKind,
    /// Where `mod x;` looks for `x.rs`, at the place it was written.
    dir: PathBuf,
    /// What a `#[path]` there is relative to.
    path_dir: PathBuf,
}

enum ChildKind {
    Mod { attr_path: Option<String>, cfg_paths: Vec<String>, macro_use: bool },
    Include(Result<String, String>),
}

fn collect(items: &[Item], dir: &Path, path_dir: &Path, path: &[String], out: &mut Vec<Child>) {
    for item in items {
        if item.attrs.cfg_test {
            continue;
        }
        match &item.kind {
            ItemKind::Include(target) => out.push(Child {
                path: path.to_vec(),
                span: item.span,
                kind: ChildKind::Include(target.clone()),
                dir: dir.to_path_buf(),
                path_dir: path_dir.to_path_buf(),
            }),
            ItemKind::Mod(m) => {
                let mut p = path.to_vec();
                p.push(item.name.clone());
                match &m.inline {
                    None => {
                        let kind = ChildKind::Mod {
                            attr_path: item.attrs.path.clone(),
                            cfg_paths: item.attrs.cfg_paths.clone(),
                            macro_use: item.attrs.macro_use,
                        };
                        let (dir, path_dir) = (dir.to_path_buf(), path_dir.to_path_buf());
                        out.push(Child { path: p, span: item.span, kind, dir, path_dir })
                    }
                    Some(inner) => {
                        // `#[path = "d"] mod m { .. }` names the directory of its modules,
                        // relative to where a `#[path]` here is (rustc's reading).
                        let d = match &item.attrs.path {
                            Some(attr) => path_dir.join(attr),
                            None => dir.join(file_name(&item.name)),
                        };
                        collect(inner, &d, &d, &p, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The file name of a module: `r#impl` is in `impl.rs`.
fn file_name(module: &str) -> &str {
    module.strip_prefix("r#").unwrap_or(module)
}

/// The task that loads a child's file, or the problem that it has none.
fn follow(
    ctx: &Ctx,
    task: &Task,
    within: &Option<Arc<Within>>,
    file_rel: &str,
    path_dir: &Path,
    child: Child,
) -> Option<Task> {
    let decl = Some((file_rel.to_string(), child.span));
    let exists = |p: &Path| p.symlink_metadata().is_ok();
    let macro_use = matches!(child.kind, ChildKind::Mod { macro_use: true, .. });
    let (file, child_dir, included) = match child.kind {
        // The `mod x;` of an included file are next to it, as rustc finds them.
        ChildKind::Include(Ok(p)) => {
            let f = path_dir.join(p);
            let d = f.parent().map(Path::to_path_buf).unwrap_or_default();
            (f, d, true)
        }
        ChildKind::Include(Err(what)) => {
            let why = if what.contains("OUT_DIR") {
                "it names a build output, and redline runs no build script"
            } else {
                "its path is not a string literal"
            };
            let message = format!("the items of `include!({what})` are not analysed: {why}");
            let help = "generated code is not analysed; check the generator, or include a checked-in copy";
            push(
                &ctx.problems,
                problem(Lint::AnalysisLimit, file_rel.to_string(), Some(child.span), message, Some(help)),
            );
            return None;
        }
        ChildKind::Mod { attr_path: Some(p), .. } => {
            let f = child.path_dir.join(p);
            let d = f.parent().map(Path::to_path_buf).unwrap_or_default();
            (f, d, false)
        }
        ChildKind::Mod { attr_path: None, cfg_paths, .. } => {
            let name = file_name(child.path.last().map(String::as_str).unwrap_or_default());
            let flat = child.dir.join(format!("{name}.rs"));
            let nested = child.dir.join(name).join("mod.rs");
            // The default file if there is one, else the path of a `#[cfg_attr(.., path)]`.
            let found = [&flat, &nested].into_iter().find(|p| exists(p)).map(|f| (f.clone(), child.dir.join(name)));
            let found = found.or_else(|| {
                let f = cfg_paths.iter().map(|p| child.path_dir.join(p)).find(|p| exists(p))?;
                let d = f.parent().map(Path::to_path_buf).unwrap_or_default();
                Some((f, d))
            });
            let Some((f, d)) = found else {
                let others: String =
                    cfg_paths.iter().map(|p| format!(", nor {}", rel(ctx.root, &child.path_dir.join(p)))).collect();
                let message = format!(
                    "module `{}` not analysed: neither {} nor {}{others} exists",
                    child.path.last().map(String::as_str).unwrap_or_default(),
                    rel(ctx.root, &flat),
                    rel(ctx.root, &nested)
                );
                let help = "create the file, add a #[path] attribute, or remove the declaration";
                push(
                    &ctx.problems,
                    problem(Lint::MissingModule, file_rel.to_string(), Some(child.span), message, Some(help)),
                );
                return None;
            };
            (f, d, false)
        }
    };
    let within = within.clone();
    Some(Task { krate: task.krate, path: child.path, file, child_dir, decl, included, macro_use, within })
}

/// Directories and files for the tests of the loading phase.
#[cfg(test)]
pub(crate) mod test_files {
    use std::path::{Path, PathBuf};

    /// A fresh directory `redline-<prefix>-test-<name>-<pid>` under the temporary directory.
    pub fn temp(prefix: &str, name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("redline-{prefix}-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir.canonicalize().expect("canonical")
    }

    pub fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, text).expect("write");
    }
}

//! The workspace's `macro_rules!` macros: once every file is loaded, the top-level items
//! that invoke one are parsed again with them expanded. Nothing happens in a workspace
//! that defines none, or for items that invoke none.
//!
//! Which definition a name means follows Rust's scoping closely enough: a bare `name!`
//! is the latest definition before it in the same file, else one visible in its module
//! (defined in it or an ancestor, or brought out by `#[macro_use]` modules), else a
//! `#[macro_export]`ed one of its crate or of a workspace crate it depends on, else any
//! of its crate (imported with `use`; names of std's macros, like `trace!`, only in
//! textual scope); `crate::name!` and `dep::name!` name the crate's.

use super::{problem, ModuleFile, Problem};
use crate::diag::Lint;
use crate::load::CrateSpec;
use crate::syntax::macros::{Budget, Found, From, MacroScope, MAX_EXPANSION_DEPTH, MAX_RECURSION_LIMIT};
use crate::syntax::{self, MacroDef, Unexpanded};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::Mutex;

struct Entry {
    krate: usize,
    file: String,
    /// The module it is defined in.
    module: Vec<String>,
    /// The module it is visible in (and below) after its definition.
    scope: Vec<String>,
    def: MacroDef,
}

struct Table<'a> {
    crates: &'a [CrateSpec],
    defs: Vec<Entry>,
    by_name: HashMap<String, Vec<usize>>,
    /// How deep each crate's expansions may nest (see [`MacroScope::depth`]).
    depths: Vec<usize>,
}

/// Expands the workspace's macros where they are invoked, replacing the items of the
/// files that invoke them, and parses the items the first parse left for later (putting
/// them in their places); invocations that cannot be expanded are `analysis-limit` problems.
pub(super) fn expand(root: &Path, crates: &[CrateSpec], modules: &mut [ModuleFile], problems: &mut Vec<Problem>) {
    let table = Table::new(crates, modules);
    let table = table.as_ref();
    let found = Mutex::new(Vec::new());
    // The files with items to parse again, by the bytes they parse again; the largest first,
    // one file per task, so that the check does not wait at the end on a few large files one
    // core took together (kanidm's are all in one crate: a fifth of the expansion ran on one
    // core).
    let again = |m: &ModuleFile| -> Option<usize> {
        let mut sites = m.macro_sites.iter().filter(|s| parsed_again(s, table)).peekable();
        sites.peek()?;
        Some(sites.map(|s| s.span.hi.saturating_sub(s.span.lo) as usize).sum())
    };
    let mut wanted: Vec<(usize, &mut ModuleFile)> = modules.iter_mut().filter_map(|m| Some((again(m)?, m))).collect();
    wanted.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    wanted.par_iter_mut().with_max_len(1).for_each(|(_, m)| {
        let more = expand_in(table, root, m);
        found.lock().unwrap_or_else(|e| e.into_inner()).extend(more);
    });
    rayon::broadcast(|_| syntax::forget_spans());
    modules.iter_mut().filter(|m| m.lazy.is_empty()).for_each(|m| m.text = None);
    let mut found = found.into_inner().unwrap_or_else(|e| e.into_inner());
    found.sort_by(|a, b| (&a.file, a.span, &a.message).cmp(&(&b.file, b.span, &b.message)));
    problems.extend(found);
}

/// Parses again, with the macros expanded, the items of `m` that invoke one or were left
/// for later; the problems found (invocations not expanded, or the file's syntax error,
/// for which the whole file is parsed again).
fn expand_in(table: Option<&Table>, root: &Path, m: &mut ModuleFile) -> Vec<Problem> {
    let sites: Vec<&syntax::MacroSite> = m.macro_sites.iter().filter(|s| parsed_again(s, table)).collect();
    let path = root.join(&m.file);
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let reader = |p: &str| super::read_included(root, &dir, p);
    // Kept for the bodies left for later, if it has some.
    let text = if m.lazy.is_empty() { m.text.take() } else { m.text.clone() };
    let Some(text) = text else {
        // Kept by the loader for every file with sites: never silent if one was not.
        return match sites.iter().any(|s| s.deferred) {
            true => vec![unkept(m)],
            false => Vec::new(),
        };
    };
    // Each scope holds the file's budget: parsed whole after its items, it spends afresh.
    let scope_of = |m: &ModuleFile| -> Box<dyn MacroScope> {
        match table {
            Some(t) => Box::new(FileScope::new(t, m)),
            None => Box::new(NoMacros(Budget::default())),
        }
    };
    let scope = scope_of(m);
    let mut unexpanded = Vec::new();
    let mut replaced = Vec::new();
    let mut whole = false;
    for site in sites {
        match syntax::parse_site_expanding(&text, site.span, Some(&reader), scope.as_ref()) {
            Ok(model) => {
                replaced.push((site.items.clone(), model.items));
                unexpanded.extend(model.unexpanded);
            }
            // A syntax error in an item the first parse left out: the file, parsed whole,
            // says it as it would have.
            Err(_) if site.deferred => {
                whole = true;
                break;
            }
            Err(_) => {}
        }
    }
    syntax::forget_spans_beyond();
    if whole {
        let scope = scope_of(m);
        return match syntax::parse_file_expanding(&text, Some(&reader), scope.as_ref()) {
            Ok(model) => {
                m.items = model.items;
                model.unexpanded.iter().map(|u| not_expanded(m, u)).collect()
            }
            Err(e) => {
                m.items = Vec::new();
                vec![super::parse_problem(m.file.clone(), &e)]
            }
        };
    }
    m.items = put_back(std::mem::take(&mut m.items), replaced);
    unexpanded.iter().map(|u| not_expanded(m, u)).collect()
}

/// `items` with each range `replaced` names (in order; an empty one where items left for
/// later go) replaced by its items, in one pass: splicing each in turn moved the items after
/// it every time (38 s for a file of 60,000 functions left for later).
fn put_back(
    items: Vec<syntax::Item>,
    mut replaced: Vec<(std::ops::Range<usize>, Vec<syntax::Item>)>,
) -> Vec<syntax::Item> {
    // Sites come in the file's order; sorted anyway (stable: those left for later at one
    // place keep theirs).
    replaced.sort_by_key(|(range, _)| range.start);
    let mut out = Vec::with_capacity(items.len() + replaced.iter().map(|(_, new)| new.len()).sum::<usize>());
    let mut old = items.into_iter().enumerate().peekable();
    for (range, new) in replaced {
        while let Some((_, item)) = old.next_if(|(i, _)| *i < range.start) {
            out.push(item);
        }
        while old.next_if(|(i, _)| *i < range.end).is_some() {}
        out.extend(new);
    }
    out.extend(old.map(|(_, item)| item));
    out
}

/// Whether `site` is parsed again after loading: it was left for later, or it
/// invokes a macro the workspace defines (`table`).
fn parsed_again(site: &syntax::MacroSite, table: Option<&Table>) -> bool {
    site.deferred || table.is_some_and(|t| site.invokes().any(|n| t.by_name.contains_key(n)))
}

/// An invocation of `m` that could not be expanded.
fn not_expanded(m: &ModuleFile, u: &Unexpanded) -> Problem {
    let mut p = problem(Lint::AnalysisLimit, m.file.clone(), Some(u.span), u.message(), Some(Unexpanded::HELP));
    p.label = Unexpanded::LABEL.into();
    p
}

/// `m` has items left for later but no text kept to parse them from: they are not analysed.
fn unkept(m: &ModuleFile) -> Problem {
    let message = format!("parts of {} are not analysed: its text was not kept for the second parse", m.file);
    problem(Lint::AnalysisLimit, m.file.clone(), None, message, Some("this is a bug in redline: please report it"))
}

/// The scope of a workspace that defines no macros: items are parsed again only because the
/// first parse left them for later.
struct NoMacros(Budget);

impl MacroScope for NoMacros {
    fn find(&self, _: &[String], _: From) -> Option<Found<'_>> {
        None
    }

    fn budget(&self) -> &Budget {
        &self.0
    }
}

impl<'a> Table<'a> {
    /// The definitions of every file; `None` when there are none.
    fn new(crates: &'a [CrateSpec], modules: &mut [ModuleFile]) -> Option<Table<'a>> {
        if modules.iter().all(|m| m.macro_defs.is_empty()) {
            return None;
        }
        let macro_use: HashSet<(usize, Vec<String>)> =
            modules.iter().filter(|m| m.macro_use).map(|m| (m.krate, m.path.clone())).collect();
        let mut defs = Vec::new();
        for m in modules.iter_mut() {
            for def in std::mem::take(&mut m.macro_defs) {
                let module: Vec<String> = m.path.iter().chain(&def.module).cloned().collect();
                let mut scope = module.clone();
                if def.module.is_empty() {
                    while !scope.is_empty() && macro_use.contains(&(m.krate, scope.clone())) {
                        scope.pop();
                    }
                }
                defs.push(Entry { krate: m.krate, file: m.file.clone(), module, scope, def });
            }
        }
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, e) in defs.iter().enumerate() {
            by_name.entry(e.def.name.clone()).or_default().push(i);
        }
        let mut depths = vec![MAX_EXPANSION_DEPTH; crates.len()];
        for m in modules.iter().filter(|m| m.path.is_empty() && !m.included) {
            if let (Some(depth), Some(limit)) = (depths.get_mut(m.krate), m.recursion_limit) {
                *depth = limit.min(MAX_RECURSION_LIMIT);
            }
        }
        Some(Table { crates, defs, by_name, depths })
    }

    /// The workspace library crate `krate` names `name` (a dependency, or itself).
    fn crate_named(&self, krate: usize, name: &str) -> Option<usize> {
        let spec = &self.crates[krate];
        if spec.name == name {
            return Some(krate);
        }
        let (_, package) = spec.deps.iter().find(|(n, _)| n == name)?;
        self.crates.iter().position(|c| c.is_lib && &c.package == package)
    }

    /// How crate `from` writes the path of crate `to` (`$crate`).
    fn crate_token(&self, from: usize, to: usize) -> String {
        if from == to {
            return "crate".into();
        }
        let package = &self.crates[to].package;
        let dep = self.crates[from].deps.iter().find(|(_, p)| p == package);
        dep.map_or_else(|| self.crates[to].name.clone(), |(n, _)| n.clone())
    }

    /// The definition `path` names in file `file` (module `module` of crate `krate`) at `at`,
    /// with the file's `use` imports; only one in textual scope when `strict`.
    fn lookup(&self, path: &[String], at: Place, imports: &[Import], strict: bool) -> Option<usize> {
        let Place { krate, file, module, at } = at;
        let (name, prefix) = path.split_last()?;
        let candidates = self.by_name.get(name)?;
        let of = |k: usize| candidates.iter().copied().filter(move |&i| self.defs[i].krate == k);
        let exported_first = |k: usize| of(k).find(|&i| self.defs[i].def.exported).or_else(|| of(k).next());
        match prefix {
            [] => {}
            // `crate::name!`: a `#[macro_export]` macro, at the crate's root.
            [only] if only == "crate" => return exported_first(krate),
            // `super::types::name!` (a macro made a path by `pub(crate) use name;`): the one
            // defined in that module, which may be another of the same name than the caller's.
            [first, ..] if matches!(first.as_str(), "crate" | "self" | "super") => {
                return self.imported(krate, module, path).or_else(|| exported_first(krate))
            }
            [first, ..] => return exported_first(self.crate_named(krate, first)?),
        }
        let earlier = of(krate)
            .filter(|&i| self.defs[i].file == file && self.defs[i].def.span.hi as usize <= at)
            .max_by_key(|&i| self.defs[i].def.span.lo);
        let visible =
            || of(krate).filter(|&i| module.starts_with(&self.defs[i].scope)).max_by_key(|&i| self.defs[i].scope.len());
        let exported = |k: usize| of(k).find(|&i| self.defs[i].def.exported);
        let from_deps =
            || self.crates[krate].deps.iter().filter_map(|(n, _)| self.crate_named(krate, n)).find_map(&exported);
        // Names of std's and the logging crates' macros (`trace!`, `assert_eq!`) mean a
        // workspace macro only where it is in textual scope: elsewhere they are imported.
        if strict || syntax::macros::is_external(name) {
            return earlier.or_else(visible);
        }
        let import = imports.iter().find(|(alias, _)| alias == name);
        let imported = || import.and_then(|(_, target)| self.imported(krate, module, target));
        // Then any of the crate's (imported some other way).
        earlier
            .or_else(visible)
            .or_else(imported)
            .or_else(|| exported(krate))
            .or_else(from_deps)
            .or_else(|| of(krate).next())
    }

    /// The macro a `use` path names, written in `module` of `krate`: a dependency's exported
    /// macro, or one defined in (or below) the module the path leads to.
    fn imported(&self, krate: usize, module: &[String], target: &[String]) -> Option<usize> {
        let (name, prefix) = target.split_last()?;
        let candidates = self.by_name.get(name)?;
        let mut absolute: Vec<String> = match prefix.first().map(String::as_str) {
            Some("crate") => Vec::new(),
            Some("self" | "super") => module.to_vec(),
            Some(first) => match self.crate_named(krate, first) {
                Some(k) if k != krate => return candidates.iter().copied().find(|&i| self.defs[i].krate == k),
                _ => module.to_vec(),
            },
            None => return None,
        };
        for seg in prefix.iter().skip(usize::from(matches!(prefix[0].as_str(), "crate" | "self"))) {
            if seg == "super" {
                absolute.pop();
            } else {
                absolute.push(seg.clone());
            }
        }
        candidates.iter().copied().find(|&i| self.defs[i].krate == krate && self.defs[i].module.starts_with(&absolute))
    }
}

/// A place a macro is invoked from: crate, file, module and offset.
#[derive(Clone, Copy)]
struct Place<'a> {
    krate: usize,
    file: &'a str,
    module: &'a [String],
    at: usize,
}

/// A `use` of a file's top level: the name it binds and the path.
type Import = (String, Vec<String>);

/// The macros as seen from one file.
struct FileScope<'a> {
    table: &'a Table<'a>,
    /// Shared by the file's items, each parsed again on its own.
    budget: Budget,
    krate: usize,
    file: String,
    module: Vec<String>,
    imports: Vec<Import>,
}

impl<'a> FileScope<'a> {
    fn new(table: &'a Table<'a>, m: &ModuleFile) -> Self {
        let imports = m
            .items
            .iter()
            .filter_map(|i| match &i.kind {
                syntax::ItemKind::Use(entries) => Some(entries),
                _ => None,
            })
            .flatten()
            .filter_map(|e| Some((e.alias.clone()?, e.path.clone())))
            .collect();
        FileScope {
            table,
            budget: Budget::default(),
            krate: m.krate,
            file: m.file.clone(),
            module: m.path.clone(),
            imports,
        }
    }
}

impl MacroScope for FileScope<'_> {
    fn budget(&self) -> &Budget {
        &self.budget
    }

    fn depth(&self) -> usize {
        self.table.depths.get(self.krate).copied().unwrap_or(MAX_EXPANSION_DEPTH)
    }

    fn find(&self, path: &[String], from: From) -> Option<Found<'_>> {
        let t = self.table;
        let here = |at: usize| Place { krate: self.krate, file: &self.file, module: &self.module, at };
        let id = match from {
            From::Here(at) => t.lookup(path, here(at), &self.imports, false)?,
            // Names in a macro's expansion: in textual scope where it is invoked, else where it
            // is defined, else as written where it is invoked, else where it is defined.
            From::Macro { id, at } => {
                let e = &t.defs[id];
                let there = Place { krate: e.krate, file: &e.file, module: &e.scope, at: e.def.span.hi as usize };
                t.lookup(path, here(at), &self.imports, true)
                    .or_else(|| t.lookup(path, there, &[], true))
                    .or_else(|| t.lookup(path, here(at), &self.imports, false))
                    .or_else(|| t.lookup(path, there, &[], false))?
            }
        };
        let e = &t.defs[id];
        Some(Found { id, def: &e.def, krate: t.crate_token(self.krate, e.krate) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Span;

    fn krate(name: &str, deps: &[&str]) -> CrateSpec {
        CrateSpec {
            name: name.into(),
            package: name.into(),
            root_file: format!("{name}/src/lib.rs").into(),
            deps: deps.iter().map(|d| (d.to_string(), d.to_string())).collect(),
            is_lib: true,
        }
    }

    /// A module file of crate `krate` at `path`, defining `defs` (name, offset, exported).
    fn module(krate: usize, path: &[&str], macro_use: bool, defs: &[(&str, usize, bool)]) -> ModuleFile {
        let path: Vec<String> = path.iter().map(|p| p.to_string()).collect();
        let file = format!("{krate}/{}.rs", path.join("/"));
        let macro_defs = defs
            .iter()
            .map(|(name, at, exported)| MacroDef {
                name: name.to_string(),
                span: Span::new(*at, at + name.len()),
                exported: *exported,
                rules: String::new(),
                module: Vec::new(),
            })
            .collect();
        ModuleFile {
            krate,
            path,
            file,
            items: Vec::new(),
            included: false,
            macro_use,
            macro_defs,
            macro_sites: Vec::new(),
            text: None,
            lazy: Vec::new(),
            recursion_limit: None,
        }
    }

    fn find(table: &Table, m: &ModuleFile, path: &str, at: usize) -> Option<(String, String)> {
        let scope = FileScope::new(table, m);
        let path: Vec<String> = path.split("::").map(str::to_string).collect();
        let found = scope.find(&path, From::Here(at))?;
        Some((table.defs[found.id].file.clone(), found.krate))
    }

    #[test]
    fn names_mean_what_rust_scoping_says() {
        let crates = [krate("app", &["core_lib"]), krate("core_lib", &[])];
        let mut modules = vec![
            module(0, &["a"], false, &[("helper", 10, false)]),
            module(0, &["b"], false, &[("helper", 10, false), ("late", 500, false)]),
            module(0, &["b", "inner"], false, &[]),
            module(0, &["macros"], true, &[("shared", 10, false)]),
            module(0, &["c"], false, &[]),
            module(1, &["defs"], false, &[("exported", 10, true)]),
        ];
        let table = Table::new(&crates, &mut modules).expect("macros are defined");
        let file = |i: usize| Some((modules[i].file.clone(), "crate".to_string()));
        // Each module's own `helper!`, and an ancestor's in a child module.
        assert_eq!(find(&table, &modules[0], "helper", 100), file(0));
        assert_eq!(find(&table, &modules[1], "helper", 100), file(1));
        assert_eq!(find(&table, &modules[2], "helper", 0), file(1));
        // A `#[macro_use]` module's macros are visible to its siblings.
        assert_eq!(find(&table, &modules[4], "shared", 0), file(3));
        // The latest definition before the invocation in the same file; none after it but
        // the crate's fallback.
        assert_eq!(find(&table, &modules[1], "late", 600), file(1));
        // Another workspace crate's exported macro, bare or by its path; `$crate` is its name.
        let dep = Some((modules[5].file.clone(), "core_lib".to_string()));
        assert_eq!(find(&table, &modules[4], "core_lib::exported", 0), dep);
        assert_eq!(find(&table, &modules[4], "exported", 0), dep);
        assert_eq!(find(&table, &modules[5], "crate::exported", 0), Some((modules[5].file.clone(), "crate".into())));
        // A path into a module (`pub(crate) use helper;` there): that module's, not the
        // caller's own of the same name (wasmparser's `super::types::define_type_id!`).
        assert_eq!(find(&table, &modules[1], "super::a::helper", 100), file(0));
        assert_eq!(find(&table, &modules[0], "crate::b::helper", 100), file(1));
        assert_eq!(find(&table, &modules[2], "super::helper", 0), file(1));
        // Macros from outside the workspace are not found.
        assert_eq!(find(&table, &modules[4], "tracing::info", 0), None);
        assert_eq!(find(&table, &modules[4], "format", 0), None);
    }

    #[test]
    fn a_use_picks_one_of_several_macros_of_the_same_name() {
        let crates = [krate("app", &[])];
        let mut modules = vec![
            module(0, &["bufread"], false, &[("impl_decoder", 10, false)]),
            module(0, &["write", "decoder"], false, &[("impl_decoder", 10, false)]),
            module(0, &["futures"], false, &[]),
        ];
        let entry = syntax::UseEntry {
            path: ["crate", "write", "impl_decoder"].map(String::from).to_vec(),
            alias: Some("impl_decoder".into()),
            global: false,
            is_pub: false,
            span: Span::default(),
        };
        modules[2].items.push(syntax::Item {
            name: String::new(),
            span: Span::default(),
            is_pub: false,
            attrs: Default::default(),
            kind: syntax::ItemKind::Use(vec![entry]),
        });
        let table = Table::new(&crates, &mut modules).expect("macros are defined");
        assert_eq!(find(&table, &modules[2], "impl_decoder", 0), Some((modules[1].file.clone(), "crate".into())));
    }

    /// A crate's `lib.rs` first parsed to `model`, its text kept as `text`.
    fn lib_rs(model: syntax::FileModel, text: Option<std::sync::Arc<str>>) -> ModuleFile {
        ModuleFile {
            krate: 0,
            path: Vec::new(),
            file: "lib.rs".into(),
            items: model.items,
            included: false,
            macro_use: false,
            macro_defs: Vec::new(),
            macro_sites: model.macro_sites,
            text,
            lazy: Vec::new(),
            recursion_limit: model.recursion_limit,
        }
    }

    #[test]
    fn a_site_is_parsed_again_from_the_text_first_parsed_not_from_the_file_changed_since() {
        let root = crate::load::test_files::temp("macros", "changed");
        let path = root.join("lib.rs");
        let first = format!("fn handler() {{ go!({}) }}\n", "x".repeat(600));
        crate::load::test_files::write(&path, &first);
        let names: std::collections::HashSet<String> = ["go".to_string()].into();
        let model = syntax::parse_file_deferring(&first, None, &names, false).expect("parses");
        assert!(model.macro_sites.iter().any(|s| s.deferred));
        let mut m = lib_rs(model, Some(first.as_str().into()));
        // Brackets nested past the limit where the site was, written over the file after its
        // first parse: not read.
        let deep = format!("fn handler() {{ go!({}{}) }}\n", "(".repeat(300), ")".repeat(300));
        crate::load::test_files::write(&path, &deep);
        assert!(expand_in(None, &root, &mut m).is_empty());
        let crate::syntax::ItemKind::Fn(f) = &m.items[0].kind else { panic!("not a fn") };
        assert!(!f.body.exprs.is_empty(), "the item left for later is parsed");
        assert!(m.text.is_none(), "the text is dropped once parsed");
        // Without its text, the item left for later is said not to be analysed.
        let model = syntax::parse_file_deferring(&first, None, &names, false).expect("parses");
        m.items = model.items;
        m.macro_sites = model.macro_sites;
        let problems = expand_in(None, &root, &mut m);
        assert!(problems.iter().any(|p| p.message.contains("not kept")), "{problems:?}");
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn items_left_out_of_the_first_parse_take_their_places_in_the_file() {
        let text = "pub fn a() -> u8 { go!() }\npub struct B;\n/// c\n#[inline]\npub fn c() -> u8 { go!() }\n\
                    impl B { pub fn d(&self) -> u8 { go!() } }\npub fn e() {}\nfn f() { go!(\"é\") } pub struct G;\n";
        let names: std::collections::HashSet<String> = ["go".to_string()].into();
        let model = syntax::parse_file_deferring(text, None, &names, false).expect("parses");
        let first: Vec<&str> = model.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(first, ["B", "e", "G"]);
        let kept = model.blanked.clone();
        let mut m = lib_rs(model, kept);
        let root = std::env::temp_dir();
        assert!(expand_in(None, &root, &mut m).is_empty());
        let names: Vec<&str> = m.items.iter().map(|i| i.name.as_str()).collect();
        let whole = syntax::parse_file(text).expect("parses");
        let expected: Vec<&str> = whole.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, expected);
        assert_eq!(
            m.items.iter().map(|i| i.span).collect::<Vec<_>>(),
            whole.items.iter().map(|i| i.span).collect::<Vec<_>>()
        );
    }
}

//! Phase 4: the policy. Reads `redline.toml`, collects the annotations in code,
//! checks every name against the taxonomy, and decides each function's
//! effective purpose and each type's and field's classification.

mod annotations;
pub mod config;
pub mod consent;
pub mod fides;
pub mod schema;
pub mod sql;
pub mod taxonomy;

pub use config::{Config, ConfigError};
pub use consent::{Consent, ConsentRule, GuardId, GuardTarget};
pub use taxonomy::{Record, Refusal, Taxonomy};

use crate::diag::{did_you_mean, Finding, Level, Lint, PathIndex};
use crate::resolve::{Container, DefId, DefKind, ModId, Program, Res, Ty};
use crate::syntax::{Span, SpannedStr};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub type ClassId = u32;

/// Where a classification or purpose was declared.
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: String,
    pub span: Span,
    /// How it was declared, for messages: "#[redline::data]", "redline.toml [data]".
    pub how: String,
}

/// A classification: data of `category`, usable only for `narrowed` purposes if set.
#[derive(Debug, Clone)]
pub struct Class {
    pub category: String,
    pub narrowed: Option<Vec<String>>,
    pub origin: Origin,
    /// What is classified, for traces: "`ChatMessage`", "field `Account::email`".
    pub subject: String,
}

#[derive(Debug, Clone)]
pub struct PurposeDecl {
    pub purposes: Vec<String>,
    pub origin: Origin,
}

pub struct Policy {
    pub taxonomy: Taxonomy,
    pub classes: Vec<Class>,
    pub type_class: HashMap<DefId, ClassId>,
    pub field_class: HashMap<(DefId, u32), ClassId>,
    pub extern_type_class: HashMap<String, ClassId>,
    /// Effective purpose of every function that has one.
    pub fn_purpose: HashMap<DefId, PurposeDecl>,
    /// `[functions]` entries for functions outside the workspace.
    pub extern_fn_purpose: HashMap<String, PurposeDecl>,
    /// `#[declassify]`: categories the function's results no longer carry, with the reason.
    pub declassify: HashMap<DefId, Vec<(String, String)>>,
    pub levels: HashMap<Lint, Level>,
    /// Functions and methods whose result carries nothing of their inputs.
    no_propagation: NoPropagation,
    /// Consent rules and their guards.
    pub consent: Consent,
    /// `[columns]` and `[tables]` with the known schema; `None` when they are empty.
    pub db: Option<Box<schema::Db>>,
}

/// The no-propagation list as sets (asked at every call the flow walks): a bare name
/// matches any function or method so named, a path only that path.
#[derive(Debug, Default)]
struct NoPropagation {
    names: HashSet<String>,
    paths: HashSet<String>,
}

impl NoPropagation {
    fn new<'s>(entries: impl Iterator<Item = &'s str>) -> NoPropagation {
        let mut np = NoPropagation::default();
        for e in entries {
            let set = if e.contains(':') { &mut np.paths } else { &mut np.names };
            set.insert(e.to_string());
        }
        np
    }
}

/// Results that carry nothing of their inputs (sizes, tests, comparisons):
/// the one list; `[flow] no_propagation` in redline.toml extends it.
pub const NO_PROPAGATION: &[&str] = &[
    "len",
    "is_empty",
    "capacity",
    "count",
    "is_some",
    "is_none",
    "is_ok",
    "is_err",
    "contains",
    "contains_key",
    "starts_with",
    "ends_with",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
];

impl Policy {
    /// Whether a method name or function path is in the no-propagation list.
    pub fn no_propagation(&self, name: &str) -> bool {
        let np = &self.no_propagation;
        np.names.contains(crate::syntax::last_segment(name)) || np.paths.contains(name)
    }

    /// Classifications carried by a value of type `ty` (see docs/annotations.md).
    pub fn classes_of(&self, ty: &Ty, out: &mut Vec<ClassId>) {
        self.classes_in(ty, out, 0)
    }

    fn classes_in(&self, ty: &Ty, out: &mut Vec<ClassId>, depth: usize) {
        if depth > 16 {
            return;
        }
        let mut add = |c: Option<&ClassId>| {
            if let Some(c) = c {
                if !out.contains(c) {
                    out.push(*c);
                }
            }
        };
        match ty {
            Ty::Adt(d, _) => add(self.type_class.get(d)),
            Ty::Alias(d, inner) => {
                add(self.type_class.get(d));
                self.classes_in(inner, out, depth + 1);
            }
            Ty::Field(owner, i, inner) => {
                add(self.field_class.get(&(*owner, *i)));
                self.classes_in(inner, out, depth + 1);
            }
            Ty::Extern(p, args) => {
                add(self.extern_type_class.get(p.as_ref()));
                for a in args {
                    self.classes_in(a, out, depth + 1);
                }
            }
            Ty::Ref(inner) | Ty::Slice(inner) => self.classes_in(inner, out, depth + 1),
            Ty::Tuple(ts) => {
                for t in ts {
                    self.classes_in(t, out, depth + 1);
                }
            }
            Ty::Bounded(_, args) => {
                for a in args {
                    self.classes_in(a, out, depth + 1);
                }
            }
            Ty::Generic(_) | Ty::FnItem(_) | Ty::Unknown => {}
        }
    }

    pub fn class(&self, c: ClassId) -> &Class {
        &self.classes[c as usize]
    }

    /// Whether `#[redline::declassify]` on function `f` names the category of `class`
    /// (or a parent of it).
    pub fn declassifies(&self, f: DefId, class: ClassId) -> bool {
        let cat = &self.class(class).category;
        self.declassify.get(&f).is_some_and(|d| d.iter().any(|(from, _)| taxonomy::within(cat, from)))
    }

    /// The purposes of `decl` that may not use data of `class`, each with why.
    pub fn refusals<'a>(&self, class: ClassId, decl: &'a PurposeDecl) -> Vec<(&'a String, Refusal)> {
        let c = self.class(class);
        decl.purposes
            .iter()
            .filter_map(|p| self.taxonomy.check(&c.category, c.narrowed.as_deref(), p).err().map(|e| (p, e)))
            .collect()
    }

    pub fn level(&self, lint: Lint) -> Level {
        self.levels.get(&lint).copied().unwrap_or_else(|| lint.default_level())
    }
}

struct Builder<'a> {
    prog: &'a Program,
    config: &'a Config,
    policy: Policy,
    findings: Vec<Finding>,
    own_purpose: HashMap<DefId, PurposeDecl>,
    impl_purpose: HashMap<usize, PurposeDecl>,
    module_purpose: HashMap<ModId, PurposeDecl>,
    attr_guards: Vec<consent::AttrGuard>,
    /// The workspace's paths of each kind an unmatched entry names (module, function, type
    /// or field), indexed for suggestions when one is first needed.
    paths: HashMap<&'static str, PathIndex>,
}

/// Builds the policy; problems with annotations and config paths come back as findings.
/// `schema_files` are the workspace's migrations and sqlx offline data as
/// [`schema::read_files`] read them, if the caller did (they are read here otherwise, when
/// [`Config::reads_schema`]).
pub fn build(prog: &Program, config: Config, schema_files: Option<schema::FileSchema>) -> (Policy, Vec<Finding>) {
    let mut b = Builder {
        prog,
        config: &config,
        policy: Policy {
            taxonomy: Taxonomy::default(),
            classes: Vec::new(),
            type_class: HashMap::default(),
            field_class: HashMap::default(),
            extern_type_class: HashMap::default(),
            fn_purpose: HashMap::default(),
            extern_fn_purpose: HashMap::default(),
            declassify: HashMap::default(),
            levels: config.levels.clone(),
            no_propagation: NoPropagation::new(
                NO_PROPAGATION.iter().copied().chain(config.no_propagation.iter().map(String::as_str)),
            ),
            consent: Consent::default(),
            db: None,
        },
        findings: Vec::new(),
        own_purpose: HashMap::default(),
        impl_purpose: HashMap::default(),
        module_purpose: HashMap::default(),
        attr_guards: Vec::new(),
        paths: HashMap::default(),
    };
    b.annotations();
    b.config_entries();
    b.consent_rules();
    b.consent_attribute_rules();
    b.database(schema_files);
    b.effective_purposes();
    let Builder { mut policy, findings, .. } = b;
    policy.taxonomy = config.taxonomy;
    dependency_entries(prog, &mut policy);
    (policy, findings)
}

/// The dependencies the policy names (`[functions]`, `[data]` on their types) are the
/// ones the dependency index reads; a `[data]` type named by a public path
/// (`lettre::Message`) also classifies the type where it is defined
/// (`lettre::message::Message`), the path values returned by dependency functions have.
fn dependency_entries(prog: &Program, policy: &mut Policy) {
    let named = policy.extern_fn_purpose.keys().chain(policy.extern_type_class.keys());
    prog.deps.reach(named.map(|p| crate::syntax::first_segment(&prog.dep_path(p)).to_string()).collect());
    let defined: Vec<(String, ClassId)> =
        policy.extern_type_class.iter().filter_map(|(p, c)| Some((prog.dep_key(p)?, *c))).collect();
    for (path, c) in defined {
        policy.extern_type_class.entry(path).or_insert(c);
    }
}

impl Builder<'_> {
    fn finding(&mut self, lint: Lint, file: &str, span: Span, message: String, help: Option<String>) {
        let mut f = Finding::new(lint, file, Some(span), message);
        f.help = help;
        f.label = match lint {
            Lint::UnknownCategory => "not a declared category".into(),
            Lint::UnknownPurpose => "not a declared purpose".into(),
            _ => String::new(),
        };
        self.findings.push(f);
    }

    fn check_category(&mut self, file: &str, name: &SpannedStr) -> bool {
        if self.config.taxonomy.has_category(&name.value) {
            return true;
        }
        let help = did_you_mean(&name.value, self.config.taxonomy.category_names())
            .unwrap_or_else(|| format!("declare it in {} as [categories.\"{}\"]", self.config.file, name.value));
        self.finding(Lint::UnknownCategory, file, name.span, format!("unknown category `{}`", name.value), Some(help));
        false
    }

    fn check_purposes(&mut self, file: &str, names: &[SpannedStr]) -> bool {
        let mut ok = true;
        for name in names {
            if self.config.taxonomy.has_purpose(&name.value) {
                continue;
            }
            ok = false;
            let help = did_you_mean(&name.value, self.config.taxonomy.purpose_names())
                .unwrap_or_else(|| format!("declare it in {} as [purposes.\"{}\"]", self.config.file, name.value));
            self.finding(
                Lint::UnknownPurpose,
                file,
                name.span,
                format!("unknown purpose `{}`", name.value),
                Some(help),
            );
        }
        ok
    }

    fn add_class(&mut self, category: &str, narrowed: Option<Vec<String>>, origin: Origin, subject: String) -> ClassId {
        self.policy.classes.push(Class { category: category.to_string(), narrowed, origin, subject });
        (self.policy.classes.len() - 1) as ClassId
    }

    /// Resolves an absolute path from the policy file.
    fn resolve_config_path(&self, path: &str) -> Option<Res> {
        let segs: Vec<String> = path.split("::").map(str::to_string).collect();
        let (first, rest) = segs.split_first()?;
        let mut roots: Vec<usize> =
            (0..self.prog.crates.len()).filter(|&k| &self.prog.crates[k].name == first).collect();
        roots.sort_by_key(|&k| !self.prog.crates[k].is_lib);
        let &k = roots.first()?;
        let root = self.prog.crate_roots[k];
        if rest.is_empty() {
            return Some(Res::Mod(root));
        }
        let mut full = vec!["crate".to_string()];
        full.extend(rest.iter().cloned());
        self.prog.resolve_path(root, &full, false, false).or_else(|| self.prog.resolve_path(root, &full, false, true))
    }

    fn is_workspace_path(&self, path: &str) -> bool {
        let first = crate::syntax::first_segment(path);
        self.prog.crates.iter().any(|c| c.name == first)
    }

    /// "did you mean" the closest path of the workspace of kind `what` (a module, a function, a
    /// function or field, a type or field) to `path`, the kind's paths indexed when first asked.
    fn closest_path(&mut self, what: &'static str, path: &str) -> Option<String> {
        let prog = self.prog;
        let fields = || {
            prog.fields.iter().flat_map(|(d, fs)| {
                let owner = &prog.def(*d).path;
                fs.iter().map(move |(n, _)| format!("{owner}::{n}"))
            })
        };
        let index = self.paths.entry(what).or_insert_with(|| match what {
            "module" => PathIndex::new(prog.modules.iter().map(|m| m.path.clone())),
            "function" => {
                PathIndex::new(prog.defs.iter().filter(|d| matches!(d.kind, DefKind::Fn(_))).map(|d| d.path.clone()))
            }
            "function or field" => PathIndex::new(prog.fn_ids().map(|f| prog.def(f).path.clone()).chain(fields())),
            // Types, and the fields of structs.
            _ => PathIndex::new(prog.defs.iter().enumerate().flat_map(|(i, d)| {
                let is_type = matches!(d.kind, DefKind::Adt { .. } | DefKind::Alias { .. });
                let fields = prog.fields.get(&(i as DefId)).filter(|_| is_type).into_iter().flatten();
                let fields = fields.map(|(name, _)| format!("{}::{name}", d.path));
                is_type.then(|| d.path.clone()).into_iter().chain(fields)
            })),
        });
        index.did_you_mean(path)
    }

    fn unmatched(&mut self, table: &str, path: &str, span: &std::ops::Range<usize>, what: &'static str) {
        let file = self.config.file.clone();
        // The closest existing path of the kind the table names.
        let closest = self.closest_path(what, path);
        let help = match closest {
            Some(c) => format!("{c} (crate names use `_` for `-`)"),
            None => "check the spelling and the module path; crate names use `_` for `-`".into(),
        };
        self.finding(
            Lint::UnmatchedConfigPath,
            &file,
            Span::new(span.start, span.end),
            format!("[{table}] `{path}` matches no {what} in the workspace"),
            Some(help),
        );
    }

    fn config_entries(&mut self) {
        let config = self.config;
        let origin = |table: &str, span: &std::ops::Range<usize>| Origin {
            file: config.file.clone(),
            span: Span::new(span.start, span.end),
            how: format!("{} [{table}]", config.file),
        };
        for e in &config.data {
            let category = &e.names[0];
            let target = match self.resolve_config_path(&e.path) {
                Some(Res::Def(d)) if matches!(self.prog.def(d).kind, DefKind::Adt { .. } | DefKind::Alias { .. }) => {
                    Some(Ok(d))
                }
                _ => {
                    // `Type::field`
                    let (owner, field) = e.path.rsplit_once("::").unwrap_or_default();
                    match self.resolve_config_path(owner) {
                        Some(Res::Def(d)) => {
                            let idx = self.prog.fields.get(&d).and_then(|fs| fs.iter().position(|(n, _)| n == field));
                            idx.map(|i| Err((d, i as u32)))
                        }
                        _ => None,
                    }
                }
            };
            let subject = format!("`{}`", e.path);
            match target {
                Some(Ok(d)) => {
                    let c = self.add_class(category, None, origin("data", &e.span), subject);
                    self.policy.type_class.entry(d).or_insert(c);
                }
                Some(Err(key)) => {
                    let c = self.add_class(category, None, origin("data", &e.span), subject);
                    self.policy.field_class.entry(key).or_insert(c);
                }
                None if self.is_workspace_path(&e.path) => self.unmatched("data", &e.path, &e.span, "type or field"),
                None => {
                    let c = self.add_class(category, None, origin("data", &e.span), subject);
                    self.policy.extern_type_class.insert(e.path.clone(), c);
                }
            }
        }
        for e in &config.modules {
            let decl = PurposeDecl { purposes: e.names.clone(), origin: origin("modules", &e.span) };
            match self.resolve_config_path(&e.path) {
                Some(Res::Mod(m)) => {
                    // A crate name covers the library and binaries of that name.
                    let krates: Vec<usize> = if e.path.contains(':') {
                        vec![self.prog.modules[m as usize].krate]
                    } else {
                        (0..self.prog.crates.len()).filter(|&k| self.prog.crates[k].name == e.path).collect()
                    };
                    for k in krates {
                        let target = if e.path.contains(':') { m } else { self.prog.crate_roots[k] };
                        self.module_purpose.entry(target).or_insert_with(|| decl.clone());
                    }
                }
                _ => self.unmatched("modules", &e.path, &e.span, "module"),
            }
        }
        for e in &config.functions {
            let decl = PurposeDecl { purposes: e.names.clone(), origin: origin("functions", &e.span) };
            match self.resolve_config_path(&e.path) {
                Some(Res::Def(d)) if matches!(self.prog.def(d).kind, DefKind::Fn(_)) => {
                    self.own_purpose.entry(d).or_insert(decl);
                }
                _ if !self.is_workspace_path(&e.path) => {
                    self.policy.extern_fn_purpose.insert(e.path.clone(), decl);
                }
                _ => {
                    // Methods are `crate::module::Type::method`.
                    let found: Vec<DefId> = self.prog.fn_ids().filter(|&f| self.prog.def(f).path == e.path).collect();
                    if found.is_empty() {
                        self.unmatched("functions", &e.path, &e.span, "function");
                    }
                    for f in found {
                        self.own_purpose.entry(f).or_insert_with(|| decl.clone());
                    }
                }
            }
        }
    }

    fn effective_purposes(&mut self) {
        for f in self.prog.fn_ids() {
            let def = self.prog.def(f);
            let mut decl = self.own_purpose.get(&f).cloned();
            if decl.is_none() {
                if let Some(DefKind::Fn(info)) = Some(&def.kind) {
                    if let Container::Impl(i) = info.container {
                        decl = self.impl_purpose.get(&i).cloned();
                    }
                }
            }
            let mut m = Some(def.module);
            while decl.is_none() {
                let Some(cur) = m else { break };
                decl = self.module_purpose.get(&cur).cloned();
                m = self.prog.modules[cur as usize].parent;
            }
            if let Some(d) = decl {
                self.policy.fn_purpose.insert(f, d);
            }
        }
    }
}

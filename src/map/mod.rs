//! The data map: for every category, every function, module and `[functions]` sink it
//! reaches, with the purpose there and whether the policy allows it, where it is
//! classified and declassified, and the columns that hold it. Computed once from the
//! facts of one analysis (the flows, allowed or not, and the policy); each output
//! format renders this model (one file each).

pub mod csv;
pub mod dot;
pub mod fides;
pub mod html;
pub mod json;

use crate::diag::{Sources, Step};
use crate::flow::{Flow, Into};
use crate::policy::fides::{effective, Kind};
use crate::policy::{Policy, Record, Refusal};
use crate::resolve::{DefId, Program};
use crate::syntax::SchemaItem;
use crate::Analysis;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The version of the JSON schema (`redline map --format json`, docs/output.md).
pub const VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One self-contained page: a picture of categories → purposes, tables, violations.
    Html,
    /// The map as JSON (a versioned schema).
    Json,
    /// A record of processing activities: one row per category × purpose.
    Csv,
    /// A Graphviz digraph of categories → purposes.
    Dot,
    /// A Fides system manifest (YAML).
    Fides,
}

/// A place in a file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug)]
pub struct DataMap {
    /// The workspace's name (its root directory).
    pub name: String,
    /// The policy file, relative to the root.
    pub policy_file: String,
    pub files: usize,
    /// Findings of the earlier phases (files that could not be read, unknown names).
    pub problems: usize,
    pub categories: Vec<CategoryMap>,
    pub purposes: Vec<PurposeInfo>,
    /// Declared categories that nothing classifies.
    pub unused_categories: Vec<String>,
}

#[derive(Debug)]
pub struct CategoryMap {
    pub name: String,
    pub description: Option<String>,
    /// Its `fides`, `legal_basis` and `retention`, inherited as the policy says.
    pub record: Record,
    /// The purposes it may be used for (`None`: unrestricted).
    pub allowed_purposes: Option<Vec<String>>,
    /// Where data is classified as this category.
    pub classified: Vec<Classified>,
    /// Every place it reaches code with a purpose, in function order.
    pub reaches: Vec<Reach>,
    /// Functions whose results no longer carry it.
    pub declassified: Vec<Declassified>,
    /// diesel columns classified as it.
    pub columns: Vec<Column>,
}

#[derive(Debug, Clone)]
pub struct Classified {
    pub what: String,
    pub how: String,
    pub at: Location,
}

#[derive(Debug, Clone)]
pub struct Declassified {
    pub function: String,
    pub from: String,
    pub reason: String,
    pub at: Location,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub table: String,
    pub column: String,
    pub path: String,
    pub at: Location,
}

/// Where the data reaches a purpose: a workspace function, or a `[functions]` sink
/// outside the workspace (a dependency: a third party).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReachKind {
    Function,
    Sink,
}

#[derive(Debug, Clone)]
pub struct Reach {
    pub kind: ReachKind,
    /// The function (or sink) with the purpose.
    pub function: String,
    /// Its module and crate (workspace functions only).
    pub module: Option<String>,
    pub krate: Option<String>,
    pub purpose: String,
    pub allowed: bool,
    /// Why not, when not allowed.
    pub why: Option<String>,
    /// Where the purpose is declared, in words.
    pub purpose_declared: String,
    /// The function the data is passed from, when it is passed into `function` by a call.
    pub from: Option<String>,
    /// Where it happens (in `from` for a call, else in `function`).
    pub at: Location,
    /// Purposes of functions the data went through first.
    pub through: Vec<String>,
    /// It got here only through code whose purpose did not allow it: a consequence of an
    /// earlier violation (where `check` reports it), not one of its own.
    pub downstream: bool,
    /// What is known of consent guards on the way.
    pub guard: String,
    pub trace: Vec<(Location, String)>,
}

#[derive(Debug)]
pub struct PurposeInfo {
    pub name: String,
    pub description: Option<String>,
    pub record: Record,
}

/// One category × purpose: what a record of processing activities lists.
#[derive(Debug)]
pub struct Row<'a> {
    pub category: &'a CategoryMap,
    pub purpose: String,
    pub purpose_record: Record,
    /// Whether every place allows it.
    pub allowed: bool,
    pub reaches: Vec<&'a Reach>,
    pub functions: Vec<&'a str>,
    pub modules: Vec<&'a str>,
    pub sinks: Vec<&'a str>,
    /// Places not allowed, not counting those only downstream of another violation.
    pub violations: usize,
}

impl Reach {
    /// Not allowed, and not only because an earlier violation brought the data here.
    pub fn is_violation(&self) -> bool {
        !self.allowed && !self.downstream
    }
}

impl Row<'_> {
    /// The legal basis of the processing: the purpose's, else the category's.
    pub fn legal_basis(&self) -> Option<&str> {
        self.purpose_record.legal_basis.as_deref().or(self.category.record.legal_basis.as_deref())
    }

    /// How long the data is kept: the category's, else the purpose's.
    pub fn retention(&self) -> Option<&str> {
        self.category.record.retention.as_deref().or(self.purpose_record.retention.as_deref())
    }
}

impl DataMap {
    /// The rows of every category, by category then purpose.
    pub fn rows(&self) -> Vec<Row<'_>> {
        self.categories.iter().flat_map(|c| self.rows_of(c)).collect()
    }

    pub fn rows_of<'a>(&'a self, c: &'a CategoryMap) -> Vec<Row<'a>> {
        let mut by_purpose: BTreeMap<&str, Vec<&Reach>> = BTreeMap::new();
        for r in &c.reaches {
            by_purpose.entry(&r.purpose).or_default().push(r);
        }
        by_purpose
            .into_iter()
            .map(|(purpose, reaches)| {
                let set = |f: &dyn Fn(&&'a Reach) -> Option<&'a str>| -> Vec<&'a str> {
                    reaches.iter().filter_map(f).collect::<BTreeSet<_>>().into_iter().collect()
                };
                let purpose_record = self.purpose(purpose).map(|p| p.record.clone()).unwrap_or_default();
                Row {
                    category: c,
                    purpose: purpose.to_string(),
                    purpose_record,
                    allowed: reaches.iter().all(|r| r.allowed),
                    functions: set(&|r| (r.kind == ReachKind::Function).then_some(r.function.as_str())),
                    modules: set(&|r| r.module.as_deref()),
                    sinks: set(&|r| (r.kind == ReachKind::Sink).then_some(r.function.as_str())),
                    violations: reaches.iter().filter(|r| r.is_violation()).count(),
                    reaches,
                }
            })
            .collect()
    }

    pub fn purpose(&self, name: &str) -> Option<&PurposeInfo> {
        self.purposes.iter().find(|p| p.name == name)
    }

    /// Every place a category reaches a purpose that does not allow it (not counting
    /// places downstream of another violation).
    pub fn violations(&self) -> Vec<(&CategoryMap, &Reach)> {
        let mut v: Vec<(&CategoryMap, &Reach)> = self
            .categories
            .iter()
            .flat_map(|c| c.reaches.iter().filter(|r| r.is_violation()).map(move |r| (c, r)))
            .collect();
        v.sort_by(|a, b| (&a.1.at, &a.0.name).cmp(&(&b.1.at, &b.0.name)));
        v
    }

    pub fn flows(&self) -> usize {
        self.categories.iter().map(|c| c.reaches.len()).sum()
    }
}

/// Builds the map from one analysis.
pub fn build(analysis: &Analysis, sources: &Sources, name: &str, policy_file: &str) -> DataMap {
    let (prog, policy) = (&analysis.prog, &analysis.policy);
    let at = |file: &str, lo: u32| {
        let lc = sources.line_col(file, lo);
        Location { file: file.to_string(), line: lc.line, column: lc.column }
    };
    let fn_by_path: HashMap<&str, DefId> = policy.fn_purpose.keys().map(|&f| (prog.def(f).path.as_str(), f)).collect();
    let mut categories: BTreeMap<String, CategoryMap> = BTreeMap::new();
    for class in &policy.classes {
        let entry = categories.entry(class.category.clone()).or_insert_with(|| category(policy, &class.category));
        entry.classified.push(Classified {
            what: class.subject.clone(),
            how: class.origin.how.clone(),
            at: at(&class.origin.file, class.origin.span.lo),
        });
    }
    for flow in &analysis.flow.flows {
        let class = policy.class(flow.class);
        let Some(entry) = categories.get_mut(&class.category) else { continue };
        entry.reaches.extend(reaches(prog, policy, &fn_by_path, flow, &at));
    }
    for (&f, entries) in &policy.declassify {
        let def = prog.def(f);
        for (from, reason) in entries {
            for c in categories.values_mut().filter(|c| crate::policy::taxonomy::within(&c.name, from)) {
                let at = at(&def.file, def.span.lo);
                let function = def.path.clone();
                c.declassified.push(Declassified { function, from: from.clone(), reason: reason.clone(), at });
            }
        }
    }
    for def in &prog.defs {
        let schema = def.db.as_ref().and_then(|db| db.schema.as_ref());
        let Some(SchemaItem::Column { schema, table, name, .. }) = schema else { continue };
        for class in policy.column_classes(schema.as_deref(), table, name) {
            let Some(c) = categories.get_mut(&policy.class(class).category) else { continue };
            let table = schema.as_ref().map_or_else(|| table.clone(), |s| format!("{s}.{table}"));
            let path = def.path.clone();
            c.columns.push(Column { table, column: name.clone(), path, at: at(&def.file, def.span.lo) });
        }
    }
    let mut categories: Vec<CategoryMap> = categories.into_values().collect();
    for c in &mut categories {
        c.reaches.sort_by(|a, b| reach_key(a).cmp(&reach_key(b)));
        c.reaches.dedup_by(|a, b| reach_key(a) == reach_key(b));
        c.classified.sort_by(|a, b| a.at.cmp(&b.at));
        c.declassified.sort_by(|a, b| a.at.cmp(&b.at));
    }
    let used: BTreeSet<&str> = categories.iter().map(|c| c.name.as_str()).collect();
    let tax = &policy.taxonomy;
    let unused_categories = tax
        .declared_categories()
        .filter(|n| !used.iter().any(|u| crate::policy::taxonomy::within(u, n)))
        .map(str::to_string)
        .collect();
    let purposes = tax
        .declared_purposes()
        .map(|p| PurposeInfo {
            name: p.to_string(),
            description: tax.purpose_description(p).map(str::to_string),
            record: effective(tax, Kind::Purpose, p),
        })
        .collect();
    DataMap {
        name: name.to_string(),
        policy_file: policy_file.to_string(),
        files: analysis.files,
        problems: analysis.findings.len(),
        categories,
        purposes,
        unused_categories,
    }
}

fn reach_key(r: &Reach) -> (&str, &str, &Option<String>, &Location) {
    (&r.function, &r.purpose, &r.from, &r.at)
}

fn category(policy: &Policy, name: &str) -> CategoryMap {
    let tax = &policy.taxonomy;
    CategoryMap {
        name: name.to_string(),
        description: tax.category_description(name).map(str::to_string),
        record: effective(tax, Kind::Category, name),
        allowed_purposes: tax.allowed_purposes(name).map(|(a, _)| a.to_vec()),
        classified: Vec::new(),
        reaches: Vec::new(),
        declassified: Vec::new(),
        columns: Vec::new(),
    }
}

/// The places of one flow: one per purpose of the code it reaches.
fn reaches(
    prog: &Program,
    policy: &Policy,
    fn_by_path: &HashMap<&str, DefId>,
    flow: &Flow,
    at: &dyn Fn(&str, u32) -> Location,
) -> Vec<Reach> {
    let caller = prog.def(flow.function);
    let (function, from, through, downstream) = match &flow.into {
        Into::Use { .. } => (caller.path.clone(), None, Vec::new(), false),
        Into::Call { callee, through } => {
            let downstream = through.iter().any(|t| !policy.refusals(flow.class, t).is_empty());
            let through = through.iter().flat_map(|t| t.purposes.iter().cloned()).collect();
            (callee.to_string(), Some(caller.path.clone()), through, downstream)
        }
    };
    let target = fn_by_path.get(function.as_str()).map(|&f| prog.def(f));
    let kind = match (target, policy.extern_fn_purpose.contains_key(&function)) {
        (None, true) => ReachKind::Sink,
        _ => ReachKind::Function,
    };
    let module = target.map(|d| prog.modules[d.module as usize].path.clone());
    let krate = target.map(|d| prog.crates[prog.modules[d.module as usize].krate].name.clone());
    let refusals = policy.refusals(flow.class, &flow.purpose);
    let origin = &flow.purpose.origin;
    let declared = format!("{} at {}:{}", origin.how, origin.file, at(&origin.file, origin.span.lo).line);
    let trace: Vec<(Location, String)> =
        flow.trace.steps().iter().map(|s: &Step| (at(&s.file, s.span.lo), s.to_string())).collect();
    flow.purpose
        .purposes
        .iter()
        .map(|p| {
            let refusal = refusals.iter().find(|(q, _)| *q == p).map(|(_, r)| r);
            Reach {
                kind,
                function: function.clone(),
                module: module.clone(),
                krate: krate.clone(),
                purpose: p.clone(),
                allowed: refusal.is_none(),
                why: refusal.map(why),
                purpose_declared: declared.clone(),
                from: from.clone(),
                at: at(&caller.file, flow.span.lo),
                through: through.clone(),
                downstream,
                guard: guard(flow),
                trace: trace.clone(),
            }
        })
        .collect()
}

/// A refusal in words.
fn why(r: &Refusal) -> String {
    match r {
        Refusal::Denied { reason } => format!("a [[deny]] rule forbids it: {reason}"),
        Refusal::NotAllowed { allowed, from } => format!("`{from}` may only be used for: {}", allowed.join(", ")),
        Refusal::Narrowed { allowed } => format!("the type narrows it to: {}", allowed.join(", ")),
    }
}

/// The guard state as the flow phase names it, in snake case (`unchecked`).
fn guard(flow: &Flow) -> String {
    let debug = format!("{:?}", flow.guard);
    let name = debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Text from the repository (a file name) made safe for one line of a comment: control
/// characters become `?`.
pub fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
}

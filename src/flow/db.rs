//! Queries in code, found before the walks: every argument of a call or macro that may
//! run SQL (sqlx's functions and macros, the drivers' `query`/`execute`/`prepare`...)
//! whose text is known at compile time (a literal, a `const`, `concat!`, `include_str!`,
//! a `query_file!` file), each text parsed once. The walker decides, with types, which
//! of these calls really run SQL (`flow/body/db.rs`).

use crate::diag::Text;
use crate::policy::schema::{read_inside, TableKey};
use crate::policy::sql::{self, Analysis};
use crate::policy::{Policy, PurposeDecl};
use crate::resolve::{DefId, DefKind, Program, Res};
use crate::syntax::{Body, ExprId, ExprKind, Lit, PatKind, Span, Stmt};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// sqlx's query functions.
pub const SQLX_FNS: &[&str] =
    &["query", "query_as", "query_scalar", "query_with", "query_as_with", "query_scalar_with", "raw_sql"];

/// sqlx's query macros.
pub const SQLX_MACROS: &[&str] = &[
    "query",
    "query_as",
    "query_scalar",
    "query_unchecked",
    "query_as_unchecked",
    "query_scalar_unchecked",
    "query_file",
    "query_file_as",
    "query_file_scalar",
    "query_file_unchecked",
    "query_file_as_unchecked",
    "query_file_scalar_unchecked",
];

/// Methods of database clients (tokio-postgres, postgres, rusqlite, mysql_async) that
/// take SQL text (or a prepared statement) first.
pub const DRIVER_METHODS: &[&str] = &[
    "query",
    "query_one",
    "query_opt",
    "query_raw",
    "query_row",
    "query_first",
    "query_iter",
    "query_drop",
    "query_map",
    "execute",
    "execute_batch",
    "batch_execute",
    "simple_query",
    "prepare",
    "prepare_cached",
    "prepare_typed",
    "prep",
    "exec",
    "exec_first",
    "exec_drop",
    "exec_iter",
    "exec_map",
];

/// SQL text known at compile time, where it is written, and what it does.
#[derive(Debug)]
pub struct Sql {
    pub text: String,
    pub file: Text,
    pub span: Span,
    pub analysis: Result<Analysis, String>,
}

/// The SQL argument of a call or macro that may run a query.
#[derive(Debug, Clone)]
pub enum Site {
    /// Text known at compile time: `Queries::sql[i]`.
    Known(u32),
    /// Built at run time (`format!`).
    Dynamic,
}

/// Every query site of the workspace, and what `[tables]` says of the tables written.
#[derive(Debug, Default)]
pub struct Queries {
    pub sites: HashMap<(DefId, ExprId), Site>,
    pub sql: Vec<Sql>,
    /// Names of the columns queries return (record and struct fields are filled by name).
    pub names: Vec<String>,
    pub table_purposes: HashMap<TableKey, Arc<PurposeDecl>>,
}

/// Finds the query sites of every function and parses each distinct text once.
pub fn index(prog: &Program, policy: &Policy, fns: &[DefId]) -> Option<Queries> {
    let db = policy.db.as_deref()?;
    let found: Vec<Vec<((DefId, ExprId), Found)>> = fns.par_iter().map(|&f| sites(prog, f)).collect();
    let mut q = Queries::default();
    let mut by_text: HashMap<(String, Text, Span), u32> = HashMap::new();
    let mut texts: Vec<(String, Text, Span)> = Vec::new();
    for (k, found) in found.into_iter().flatten() {
        let site = match found {
            Found::Text(text, file, span) => {
                let key = (text, file, span);
                let next = texts.len() as u32;
                let i = *by_text.entry(key.clone()).or_insert_with(|| {
                    texts.push(key);
                    next
                });
                Site::Known(i)
            }
            Found::Dynamic => Site::Dynamic,
        };
        q.sites.insert(k, site);
    }
    // Each distinct text is parsed once (a text at two places is parsed once per place
    // only when its traces must point there: the cache is by text).
    let mut parsed: HashMap<&str, usize> = HashMap::new();
    let mut distinct: Vec<&str> = Vec::new();
    for (t, _, _) in &texts {
        parsed.entry(t.as_str()).or_insert_with(|| {
            distinct.push(t);
            distinct.len() - 1
        });
    }
    let analyses: Vec<Result<Analysis, String>> = distinct.par_iter().map(|t| sql::analyse(t, &db.schema)).collect();
    for (t, file, span) in &texts {
        let analysis = analyses[parsed[t.as_str()]].clone();
        q.sql.push(Sql { text: t.clone(), file: file.clone(), span: *span, analysis });
    }
    for a in analyses.iter().flatten() {
        q.names.extend(a.outputs.iter().filter_map(|o| o.name.clone()));
    }
    q.names.sort();
    q.names.dedup();
    for s in &q.sql {
        let Ok(a) = &s.analysis else { continue };
        let tables = a.bound.iter().map(|(_, t)| t).chain(a.copies.iter().map(|(t, _)| t));
        for t in tables {
            if let Some(d) = db.purpose(t) {
                q.table_purposes.entry(t.clone()).or_insert_with(|| Arc::new(d.clone()));
            }
        }
    }
    Some(q)
}

enum Found {
    Text(String, Text, Span),
    Dynamic,
}

/// The SQL arguments of the calls and macros in a function that may run a query.
fn sites(prog: &Program, f: DefId) -> Vec<((DefId, ExprId), Found)> {
    let Some(info) = prog.fn_info(f) else { return Vec::new() };
    let body = &info.body;
    let cx = TextCx { prog, f, body };
    let mut out = Vec::new();
    for e in &body.exprs {
        let sql_arg = match &e.kind {
            ExprKind::Call { func, args } => match &body.exprs[*func as usize].kind {
                ExprKind::Name(n) if SQLX_FNS.contains(&n.as_str()) => args.first().copied(),
                ExprKind::Path(p) if p.segments.last().is_some_and(|s| SQLX_FNS.contains(&s.as_str())) => {
                    args.first().copied()
                }
                _ => None,
            },
            ExprKind::MethodCall { method, args, .. } if DRIVER_METHODS.contains(&&**method) => args.first().copied(),
            ExprKind::Macro { path, args, .. } => match path.last().map(String::as_str) {
                Some(m) if SQLX_MACROS.contains(&m) => {
                    let arg = if m.contains("_as") { args.get(1) } else { args.first() };
                    if let (true, Some(&a)) = (m.starts_with("query_file"), arg) {
                        if let Some(found) = cx.query_file(a) {
                            out.push(((f, a), found));
                        }
                        continue;
                    }
                    arg.copied()
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(a) = sql_arg {
            if let Some(found) = cx.text(a, 0) {
                out.push(((f, a), found));
            }
        }
    }
    out
}

struct TextCx<'a> {
    prog: &'a Program,
    f: DefId,
    body: &'a Body,
}

impl TextCx<'_> {
    fn file(&self) -> &str {
        &self.prog.def(self.f).file
    }

    /// The SQL text an expression holds, when it is known at compile time.
    fn text(&self, e: ExprId, depth: usize) -> Option<Found> {
        if depth > 8 {
            return None;
        }
        let expr = &self.body.exprs[e as usize];
        match &expr.kind {
            ExprKind::Lit(Lit::Str(s)) => Some(Found::Text(s.clone(), self.file().into(), expr.span)),
            ExprKind::Ref(inner) | ExprKind::Deref(inner) => self.text(*inner, depth + 1),
            ExprKind::MethodCall { receiver, method, .. }
                if matches!(&**method, "to_string" | "to_owned" | "as_str" | "into" | "as_ref") =>
            {
                self.text(*receiver, depth + 1)
            }
            ExprKind::Macro { path, args, .. } => match path.last().map(String::as_str) {
                Some("concat") => {
                    let mut text = String::new();
                    for a in args {
                        match &self.body.exprs[*a as usize].kind {
                            ExprKind::Lit(Lit::Str(s)) => text.push_str(s),
                            _ => return None,
                        }
                    }
                    Some(Found::Text(text, self.file().into(), expr.span))
                }
                Some("include_str") => {
                    let dir = Path::new(self.file()).parent().map(Path::to_path_buf).unwrap_or_default();
                    self.read(&dir, args.first()?)
                }
                Some("format") => Some(Found::Dynamic),
                _ => None,
            },
            ExprKind::Name(n) => match self.local_init(n, expr.span) {
                Some(init) => self.text(init, depth + 1),
                None => self.constant(std::slice::from_ref(n), false),
            },
            ExprKind::Path(p) => self.constant(&p.segments, p.global),
            _ => None,
        }
    }

    /// A `const` or `static` holding a string.
    fn constant(&self, segments: &[smol_str::SmolStr], global: bool) -> Option<Found> {
        let def = self.prog.def(self.f);
        let Some(Res::Def(d)) = self.prog.resolve_path(def.module, segments, global, true) else { return None };
        let c = self.prog.def(d);
        if !matches!(c.kind, DefKind::Const(_)) {
            return None;
        }
        let text = c.db.as_ref()?.text.as_ref()?;
        Some(Found::Text(text.value.clone(), c.file.clone(), text.span))
    }

    /// The initializer of the last `let name = ..` before `at` in the body.
    fn local_init(&self, name: &str, at: Span) -> Option<ExprId> {
        let mut found = None;
        for e in &self.body.exprs {
            let ExprKind::Block { stmts, .. } = &e.kind else { continue };
            for s in stmts {
                let Stmt::Let { pat, init: Some(init), .. } = s else { continue };
                let p = &self.body.pats[*pat as usize];
                let binds = matches!(&p.kind, PatKind::Bind { name: n, sub: None } if n == name);
                if binds && p.span.hi <= at.lo && found.is_none_or(|(lo, _)| lo < p.span.lo) {
                    found = Some((p.span.lo, *init));
                }
            }
        }
        found.map(|(_, init)| init)
    }

    /// `query_file!("queries/x.sql")`: relative to the package's directory.
    fn query_file(&self, a: ExprId) -> Option<Found> {
        let module = self.prog.def(self.f).module;
        let krate = &self.prog.crates[self.prog.modules[module as usize].krate];
        let root = self.prog.root.canonicalize().ok()?;
        let mut dir = krate.root_file.parent()?.to_path_buf();
        for _ in 0..4 {
            if dir.join("Cargo.toml").is_file() {
                break;
            }
            dir = dir.parent()?.to_path_buf();
        }
        let dir = dir.canonicalize().ok()?;
        let rel: PathBuf = dir.strip_prefix(&root).ok()?.to_path_buf();
        self.read(&rel, &a)
    }

    /// A file named by a string literal, relative to `dir` (itself relative to the root).
    fn read(&self, dir: &Path, a: &ExprId) -> Option<Found> {
        let ExprKind::Lit(Lit::Str(name)) = &self.body.exprs[*a as usize].kind else { return None };
        let path = dir.join(name);
        let text = read_inside(&self.prog.root, &path)?;
        let rel = crate::load::rel(Path::new(""), &normalize(&path));
        let span = Span::new(0, text.len());
        Some(Found::Text(text, rel.into(), span))
    }
}

/// `a/b/../c` as `a/c` (the path stays inside the root: `read_inside` checked it).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

//! Database code in a body. A query that reads classified columns is a use of their
//! categories where it is written, and what it returns carries them (per output column
//! where the Rust side shows it: tuple positions, fields filled by name, a scalar);
//! values written into a `[tables]` table are passed to that table's purpose.
//!
//! Query values are typed `{db}..` pseudo-types (like `{closure}`), so builders keep
//! what they are through `let`, `?` and `.await`: diesel and sea-orm queries carry the
//! rows they return as their taint, sqlx builders count their `.bind`s.

use super::{Val, Walker};
use crate::diag::StepKind;
use crate::flow::db::{Site, DRIVER_METHODS, SQLX_FNS, SQLX_MACROS};
use crate::flow::taint::{Label, Taint, WHOLE};
use crate::policy::schema::{key, TableKey};
use crate::policy::sql::Column;
use crate::resolve::{DefId, Res, Ty};
use crate::syntax::{ExprId, ExprKind, SchemaItem, Span, TyPath};

/// How column paths of diesel's DSL are read where they appear.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Mode {
    /// Conditions, ordering: a column named there is not returned.
    #[default]
    Normal,
    /// `.select(..)`: the columns named are returned.
    Reading,
    /// `.values(..)`, `.set(..)`: `column.eq(value)` writes the value.
    Writing,
}

/// What a query value is.
enum DbTy {
    /// A diesel or sea-orm query of `table`; its taint is what its rows carry.
    Rows(String),
    /// A sqlx query of `Queries::sql[site]` with `binds` values bound so far.
    Sql { site: u32, binds: u32 },
    /// A prepared statement.
    Stmt(u32),
    /// A write into `table` (diesel `insert_into`/`update`, a sea-orm `ActiveModel`).
    Write(String),
}

impl DbTy {
    fn ty(&self) -> Ty {
        let name = match self {
            DbTy::Rows(t) => format!("{{db}}rows:{t}::Query"),
            DbTy::Sql { site, binds } => format!("{{db}}sql:{site}:{binds}::Query"),
            DbTy::Stmt(site) => format!("{{db}}stmt:{site}::Statement"),
            DbTy::Write(t) => format!("{{db}}write:{t}::Write"),
        };
        Ty::Extern(name.into(), Vec::new())
    }

    fn of(ty: &Ty) -> Option<DbTy> {
        let Ty::Extern(name, _) = ty.autoderef() else { return None };
        let rest = name.strip_prefix("{db}")?.split("::").next()?;
        let mut parts = rest.split(':');
        let kind = parts.next()?;
        let mut num = || parts.next().and_then(|n| n.parse::<u32>().ok());
        Some(match kind {
            "rows" => DbTy::Rows(rest.strip_prefix("rows:")?.to_string()),
            "write" => DbTy::Write(rest.strip_prefix("write:")?.to_string()),
            "sql" => DbTy::Sql { site: num()?, binds: num()? },
            "stmt" => DbTy::Stmt(num()?),
            _ => return None,
        })
    }
}

/// How the rows of a query reach Rust values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One value: the first output column (`query_scalar`).
    Scalar,
    /// Records, tuples or structs: per position and per output name.
    Row,
    /// A row read by index or name at run time: every output column.
    Opaque,
}

/// Crates whose clients run SQL text.
const DRIVERS: &[&str] = &["tokio_postgres::", "postgres::", "rusqlite::", "mysql_async::", "deadpool_postgres::"];

/// diesel and sea-orm methods that run a query and return its rows.
const LOADS: &[&str] = &["load", "get_result", "get_results", "first", "load_iter", "all", "one", "stream"];

/// Where column `name` is written in SQL `text` found at `at` (a file's whole text, or a
/// plain string literal with its quotes), else `at`.
fn name_at(text: &str, at: Span, name: &str) -> Span {
    let len = (at.hi - at.lo) as usize;
    let start = if len == text.len() {
        at.lo as usize
    } else if len == text.len() + 2 {
        at.lo as usize + 1
    } else {
        return at;
    };
    let lower = text.to_lowercase();
    let word = |i: usize| {
        let before = lower[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_');
        let after = lower[i + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '_');
        before && after
    };
    match lower.match_indices(name).map(|(i, _)| i).find(|&i| word(i)) {
        Some(i) => Span::new(start + i, start + i + name.len()),
        None => at,
    }
}

fn table_key(display: &str) -> TableKey {
    match display.split_once('.') {
        Some((s, t)) => key(Some(s), t),
        None => key(None, display),
    }
}

fn table_display(schema: Option<&str>, name: &str) -> String {
    let (s, t) = key(schema, name);
    s.map_or(t.clone(), |s| format!("{s}.{t}"))
}

impl Walker<'_, '_> {
    fn span_of(&self, e: ExprId) -> Span {
        self.body.exprs[e as usize].span
    }

    /// An analysis-limit fact: a query redline cannot read.
    fn limit(&mut self, span: Span, message: &str) {
        self.out.limits.push((span, message.to_string()));
    }

    /// The classifications of columns, each with a trace step at the SQL text or DSL path
    /// (at the column's name in `text`, when it is there).
    fn column_taint(&mut self, columns: &[Column], file: &crate::diag::Text, at: Span, text: &str) -> Taint {
        let Some(db) = self.cx.policy.db.as_deref() else { return Taint::default() };
        let mut t = Taint::default();
        for c in columns {
            let mut classes = Vec::new();
            db.classes(c, &mut classes);
            for class in classes {
                t.add(Label::Src(class));
                if !self.src_trace.contains_key(&class) {
                    let table = c.table.0.as_ref().map_or(c.table.1.clone(), |s| format!("{s}.{}", c.table.1));
                    let what = format!("reads column `{table}.{}`", c.name);
                    let kind = StepKind::Value { what: what.into(), function: self.path_text.clone() };
                    let hop = crate::diag::Step::new(file.clone(), name_at(text, at, &c.name), kind);
                    self.src_trace.insert(class, super::Trace::one(hop));
                }
            }
        }
        t
    }

    /// The SQL argument of a query: its index in `Queries::sql`, or an analysis-limit
    /// fact when it cannot be read (`sql_only`: the argument can only be SQL text).
    fn query_site(&mut self, arg: ExprId, arg_ty: Option<&Ty>, sql_only: bool, span: Span) -> Option<u32> {
        let q = self.cx.db?;
        let stringly = arg_ty.is_some_and(|t| matches!(t.autoderef().extern_name(), Some("String" | "str" | "Cow")));
        match q.sites.get(&(self.f, arg)) {
            Some(Site::Known(i)) => Some(*i),
            Some(Site::Dynamic) => {
                self.limit(span, "SQL built at run time cannot be analysed");
                None
            }
            None if stringly => {
                self.limit(span, "SQL built at run time cannot be analysed");
                None
            }
            None if sql_only => {
                self.limit(span, "the SQL text of this query is not known at compile time");
                None
            }
            None => None,
        }
    }

    /// Reads of a query: a use of the classified columns it returns or copies, at `span`;
    /// the taint of its rows in `shape`. Copies into `[tables]` tables are passed there.
    fn read_sql(&mut self, site: u32, shape: Shape, span: Span) -> Taint {
        let Some(q) = self.cx.db else { return Taint::default() };
        let sql = &q.sql[site as usize];
        let a = match &sql.analysis {
            Ok(a) => a,
            Err(e) => {
                let message = format!("the SQL text cannot be analysed ({e})");
                self.limit(span, &message);
                return Taint::default();
            }
        };
        let mut read = Taint::default();
        let mut rows = Taint::default();
        for (k, o) in a.outputs.iter().enumerate() {
            let t = self.column_taint(&o.src.columns, &sql.file, sql.span, &sql.text);
            read.union(&t);
            match shape {
                Shape::Scalar if k > 0 => {}
                Shape::Scalar | Shape::Opaque => {
                    rows.union(&t);
                }
                Shape::Row => {
                    let names = std::iter::once(k.to_string()).chain(o.name.clone());
                    for f in names.map(|n| self.sym(&n)).filter(|f| *f != WHOLE) {
                        rows.set_field(f, &t);
                    }
                }
            }
        }
        for (table, cols) in &a.copies {
            let t = self.column_taint(cols, &sql.file, sql.span, &sql.text);
            read.union(&t);
            if let Some(decl) = q.table_purposes.get(table).cloned() {
                let name = table.0.as_ref().map_or(table.1.clone(), |s| format!("{s}.{}", table.1));
                self.cross(&t.flatten(), (&name.into(), false), &decl, span, None);
            }
        }
        self.touch(&read, span, || super::describe::QUERY_READS.into());
        rows
    }

    /// A value bound to parameter `n` of a query: passed to the purpose of the
    /// `[tables]` table it is written into.
    fn bind_param(&mut self, site: u32, n: u32, taint: &Taint, at: Span) {
        let Some(q) = self.cx.db else { return };
        let Ok(a) = &q.sql[site as usize].analysis else { return };
        let targets: Vec<TableKey> = a.bound.iter().filter(|(p, _)| *p == n).map(|(_, t)| t.clone()).collect();
        for t in targets {
            if let Some(decl) = q.table_purposes.get(&t).cloned() {
                let name = t.0.as_ref().map_or(t.1.clone(), |s| format!("{s}.{}", t.1));
                self.cross(&taint.flatten(), (&name.into(), false), &decl, at, None);
            }
        }
    }

    /// A driver's parameter list (`&[&a, &b]`, `params![a, b]`, a tuple): each value bound.
    fn bind_params(&mut self, site: Option<u32>, arg: ExprId) {
        let mut e = arg;
        while let ExprKind::Ref(inner) = &self.body.exprs[e as usize].kind {
            e = *inner;
        }
        let elems = match &self.body.exprs[e as usize].kind {
            ExprKind::Array(es) | ExprKind::Tuple(es) => es.clone(),
            ExprKind::Macro { path, args, .. } if path.last().is_some_and(|p| p.starts_with("params")) => args.clone(),
            _ => Default::default(),
        };
        if elems.is_empty() {
            let v = self.expr(arg);
            if let Some(site) = site {
                for n in 1..=32 {
                    self.bind_param(site, n, &v.taint, self.span_of(arg));
                }
            }
            return;
        }
        for (i, el) in elems.into_iter().enumerate() {
            let v = self.expr(el);
            if let Some(site) = site {
                self.bind_param(site, i as u32 + 1, &v.taint, self.span_of(el));
            }
        }
    }

    /// Hook for calls: sqlx's query functions, diesel's `insert_into`/`update`, sea-orm's
    /// `Entity::find()`.
    pub(super) fn db_call(&mut self, func: ExprId, fv: &Val, args: &[ExprId], vals: &[Val], span: Span) -> Option<Val> {
        self.cx.db?;
        if let (ExprKind::Path(p), Ty::Unknown) = (&self.body.exprs[func as usize].kind, &fv.ty) {
            return self.entity_find(p, span);
        }
        let Ty::Extern(name, _) = &fv.ty else { return None };
        let path = name.strip_prefix("{fn}")?;
        let (krate, last) = (crate::syntax::first_segment(path), crate::syntax::last_segment(path));
        match krate {
            "sqlx" if SQLX_FNS.contains(&last) => {
                let shape = match last {
                    "query_scalar" | "query_scalar_with" => Shape::Scalar,
                    "query_as" | "query_as_with" => Shape::Row,
                    _ => Shape::Opaque,
                };
                let arg = *args.first()?;
                let site = self.query_site(arg, vals.first().map(|v| &v.ty), true, span);
                let rows = site.map(|s| self.read_sql(s, shape, span)).unwrap_or_default();
                let ty = site.map_or(Ty::Unknown, |site| DbTy::Sql { site, binds: 0 }.ty());
                Some(Val::of(ty, rows))
            }
            "diesel" if matches!(last, "insert_into" | "update" | "replace_into" | "insert_or_ignore_into") => {
                let Some(DbTy::Rows(t)) = vals.first().and_then(|v| DbTy::of(&v.ty)) else { return None };
                Some(Val::of(DbTy::Write(t).ty(), Taint::default()))
            }
            _ => None,
        }
    }

    /// The sea-orm entity model of `module::Model` (`path` without its last two segments).
    fn entity_table(&self, prefix: &[impl AsRef<str>]) -> Option<(DefId, String)> {
        let prog = self.cx.prog;
        let m = match prog.resolve_path(self.module, prefix, false, false)? {
            Res::Mod(m) => m,
            _ => return None,
        };
        let (Res::Def(d), _, _) = prog.modules[m as usize].scope.types.get("Model")? else { return None };
        let t = prog.def(*d).db.as_ref()?.table_name.clone()?;
        Some((*d, table_display(None, &t)))
    }

    /// `entity::Entity::find()`: a query of the entity's table.
    fn entity_find(&mut self, p: &TyPath, span: Span) -> Option<Val> {
        let n = p.segments.len();
        let finds =
            n >= 3 && p.segments[n - 2] == "Entity" && matches!(p.segments[n - 1].as_str(), "find" | "find_by_id");
        if !finds {
            return None;
        }
        let (d, table) = self.entity_table(&p.segments[..n - 2])?;
        let fields: Vec<String> = self.cx.prog.fields.get(&d)?.iter().map(|(f, _)| f.clone()).collect();
        let columns: Vec<String> = fields.iter().map(|f| f.to_lowercase()).collect();
        let rows = self.table_rows(&table, &columns, span);
        Some(Val::of(DbTy::Rows(table).ty(), rows))
    }

    /// What the rows of a whole table carry: per position and per column name.
    fn table_rows(&mut self, table: &str, columns: &[String], span: Span) -> Taint {
        let t = table_key(table);
        let mut rows = Taint::default();
        let file = self.file_text.clone();
        for (i, c) in columns.iter().enumerate() {
            let col = Column { table: t.clone(), name: c.clone() };
            let taint = self.column_taint(&[col], &file, span, "");
            for f in [self.sym(&i.to_string()), self.sym(c)].into_iter().filter(|f| *f != WHOLE) {
                rows.set_field(f, &taint);
            }
        }
        rows
    }

    /// `crm_note::ActiveModel { .. }`: a write into the entity's table when inserted.
    pub(super) fn db_struct(&mut self, path: &TyPath) -> Option<Ty> {
        self.cx.db?;
        let (last, prefix) = path.segments.split_last()?;
        if last != "ActiveModel" {
            return None;
        }
        let (_, table) = self.entity_table(prefix)?;
        Some(DbTy::Write(table).ty())
    }

    /// Hook for paths: diesel's `messages::table` and column paths.
    pub(super) fn db_path(&mut self, d: DefId, span: Span) -> Option<Val> {
        self.cx.db?;
        let item = self.cx.prog.def(d).db.as_ref()?.schema.clone()?;
        match item {
            SchemaItem::Table { schema, name, columns } => {
                let table = table_display(schema.as_deref(), &name);
                let rows = self.table_rows(&table, &columns, span);
                Some(Val::of(DbTy::Rows(table).ty(), rows))
            }
            SchemaItem::Column { schema, table, name, .. } if self.db_mode == Mode::Reading => {
                let col = Column { table: key(schema.as_deref(), &table), name: name.to_lowercase() };
                let file = self.file_text.clone();
                Some(Val::of(Ty::Unknown, self.column_taint(&[col], &file, span, "")))
            }
            SchemaItem::Column { .. } => Some(Val::unknown()),
        }
    }

    /// The query type a function's body returns, for its summary.
    pub(super) fn db_query_ty(&self, ty: &Ty) -> Option<Ty> {
        self.cx.db?;
        DbTy::of(ty).map(|d| d.ty())
    }

    /// The type of a call's result: the query type the callee returns, when its
    /// signature does not name a type (`-> _`, `impl Trait`).
    pub(super) fn db_returned(&self, callee: DefId, declared: Ty) -> Ty {
        if self.cx.db.is_none() || !matches!(declared, Ty::Unknown | Ty::Bounded(..)) {
            return declared;
        }
        let query = self.cx.summaries.get(&callee).and_then(|s| s.query.as_deref().cloned());
        query.unwrap_or(declared)
    }

    /// Arguments evaluated in a mode.
    fn args_in(&mut self, mode: Mode, args: &[ExprId]) -> Vec<Val> {
        let outer = std::mem::replace(&mut self.db_mode, mode);
        let vals = self.exprs(args);
        self.db_mode = outer;
        vals
    }

    /// Hook for method calls on query values and database clients.
    pub(super) fn db_method(&mut self, rv: &Val, method: &str, args: &[ExprId], span: Span) -> Option<Val> {
        self.cx.db?;
        if self.db_mode == Mode::Writing && method == "eq" {
            let vals = self.exprs(args);
            return Some(Val::of(Ty::Unknown, Self::union_all(&vals)));
        }
        match DbTy::of(&rv.ty) {
            Some(DbTy::Rows(t)) => Some(self.rows_method(t, rv, method, args, span)),
            Some(DbTy::Write(t)) => Some(self.write_method(t, rv, method, args, span)),
            Some(DbTy::Sql { site, binds }) => self.sql_method(site, binds, rv, method, args),
            Some(DbTy::Stmt(site)) => Some(self.run_statement(Some(site), rv.taint.clone(), method, args, 0)),
            None => self.driver_method(rv, method, args, span),
        }
    }

    fn rows_method(&mut self, t: String, rv: &Val, method: &str, args: &[ExprId], span: Span) -> Val {
        match method {
            "select" => {
                let vals = self.args_in(Mode::Reading, args);
                Val::of(DbTy::Rows(t).ty(), Self::union_all(&vals))
            }
            "count" => {
                self.args_in(Mode::Normal, args);
                Val::of(DbTy::Rows(t).ty(), Taint::default())
            }
            "inner_join" | "left_join" | "left_outer_join" => {
                let vals = self.args_in(Mode::Normal, args);
                let mut rows = Taint::default();
                rows.set_field(self.sym("0"), &rv.taint);
                rows.set_field(self.sym("1"), &Self::union_all(&vals));
                Val::of(DbTy::Rows(t).ty(), rows)
            }
            m if LOADS.contains(&m) => {
                self.args_in(Mode::Normal, args);
                self.touch(&rv.taint.flattened(), span, || super::describe::QUERY_READS.into());
                Val::of(Ty::Unknown, rv.taint.clone())
            }
            "execute" => {
                self.args_in(Mode::Normal, args);
                Val::unknown()
            }
            _ => {
                self.args_in(Mode::Normal, args);
                Val::of(DbTy::Rows(t).ty(), rv.taint.clone())
            }
        }
    }

    fn write_method(&mut self, t: String, rv: &Val, method: &str, args: &[ExprId], span: Span) -> Val {
        let decl = self.cx.db.and_then(|q| q.table_purposes.get(&table_key(&t)).cloned()).or_else(|| {
            let db = self.cx.policy.db.as_deref()?;
            db.purpose(&table_key(&t)).map(|d| std::sync::Arc::new(d.clone()))
        });
        match method {
            "values" | "set" => {
                let vals = self.args_in(Mode::Writing, args);
                if let (Some(decl), Some(&a)) = (&decl, args.first()) {
                    self.cross(
                        &Self::union_all(&vals).flatten(),
                        (&t.as_str().into(), false),
                        decl,
                        self.span_of(a),
                        Some(a),
                    );
                }
                Val::of(DbTy::Write(t).ty(), Taint::default())
            }
            "insert" | "update" | "save" => {
                self.args_in(Mode::Normal, args);
                if let Some(decl) = &decl {
                    self.cross(&rv.taint.flatten(), (&t.as_str().into(), false), decl, span, None);
                }
                Val::unknown()
            }
            _ => {
                self.args_in(Mode::Normal, args);
                Val::of(DbTy::Write(t).ty(), Taint::default())
            }
        }
    }

    fn sql_method(&mut self, site: u32, binds: u32, rv: &Val, method: &str, args: &[ExprId]) -> Option<Val> {
        match method {
            "bind" => {
                let vals = self.exprs(args);
                if let (Some(v), Some(&a)) = (vals.first(), args.first()) {
                    self.bind_param(site, binds + 1, &v.taint, self.span_of(a));
                }
                Some(Val::of(DbTy::Sql { site, binds: binds + 1 }.ty(), rv.taint.clone()))
            }
            "fetch" | "fetch_one" | "fetch_all" | "fetch_optional" | "fetch_many" => {
                self.exprs(args);
                Some(Val::of(Ty::Unknown, rv.taint.clone()))
            }
            "execute" | "execute_many" => {
                self.exprs(args);
                Some(Val::unknown())
            }
            _ => None,
        }
    }

    /// `client.query(sql, params)` and the like on a database client.
    fn driver_method(&mut self, rv: &Val, method: &str, args: &[ExprId], span: Span) -> Option<Val> {
        let Ty::Extern(p, _) = rv.ty.autoderef() else { return None };
        if !DRIVERS.iter().any(|d| p.starts_with(d)) || !DRIVER_METHODS.contains(&method) {
            return None;
        }
        let first = *args.first()?;
        let v0 = self.expr(first);
        let (site, rows) = match DbTy::of(&v0.ty) {
            Some(DbTy::Stmt(site)) => (Some(site), v0.taint.clone()),
            _ => {
                let site = self.query_site(first, Some(&v0.ty), false, span);
                let rows = site.map(|s| self.read_sql(s, Shape::Opaque, span)).unwrap_or(v0.taint.clone());
                (site, rows)
            }
        };
        if method.starts_with("prep") {
            self.exprs(&args[1..]);
            let stmt = site.map_or(Ty::Unknown, |s| DbTy::Stmt(s).ty());
            return Some(Val::of(Ty::Extern("Result".into(), vec![stmt, Ty::Unknown]), rows));
        }
        Some(self.run_statement(site, rows, method, args, 1))
    }

    /// Runs a statement: the parameters (from argument `from`) are bound, closures get the
    /// rows, and the result carries them.
    fn run_statement(&mut self, site: Option<u32>, rows: Taint, method: &str, args: &[ExprId], from: usize) -> Val {
        let mut it = args.iter().skip(from);
        if let Some(&params) = it.next() {
            if matches!(self.body.exprs[params as usize].kind, ExprKind::Closure { .. }) {
                self.closure_hint = Some(vec![Val::of(Ty::Unknown, rows.clone())]);
            }
            self.bind_params(site, params);
        }
        for &a in it {
            if matches!(self.body.exprs[a as usize].kind, ExprKind::Closure { .. }) {
                self.closure_hint = Some(vec![Val::of(Ty::Unknown, rows.clone())]);
            }
            self.expr(a);
        }
        if matches!(method, "execute" | "exec_drop" | "query_drop" | "execute_batch" | "batch_execute") {
            return Val::unknown();
        }
        Val::of(Ty::Unknown, rows)
    }

    /// Hook for macros: sqlx's `query!` family (the path names sqlx, or is imported from it).
    pub(super) fn db_macro(&mut self, path: &[String], args: &[ExprId], span: Span) -> Option<Val> {
        self.cx.db?;
        let last = path.last()?.as_str();
        if !SQLX_MACROS.contains(&last) {
            return None;
        }
        let sqlx = match path {
            [one] => matches!(self.cx.prog.resolve_path(self.module, std::slice::from_ref(one), false, true),
                Some(Res::External(p)) if p.starts_with("sqlx::")),
            [first, ..] => first == "sqlx",
            [] => false,
        };
        if !sqlx {
            return None;
        }
        let at = usize::from(last.contains("_as"));
        let shape = if last.contains("scalar") { Shape::Scalar } else { Shape::Row };
        let arg = *args.get(at)?;
        let site = self.query_site(arg, None, true, span);
        let rows = site.map(|s| self.read_sql(s, shape, span)).unwrap_or_default();
        let bound = &args[at + 1..];
        for (i, &a) in bound.iter().enumerate() {
            let v = self.expr(a);
            if let Some(s) = site {
                self.bind_param(s, i as u32 + 1, &v.taint, self.span_of(a));
            }
        }
        let ty = site.map_or(Ty::Unknown, |site| DbTy::Sql { site, binds: bound.len() as u32 }.ty());
        Some(Val::of(ty, rows))
    }
}

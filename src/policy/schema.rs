//! Database tables and columns: the known schema (diesel `table!`, sea-orm entities,
//! `CREATE TABLE` and `ALTER TABLE` in `migrations/**/*.sql`, sqlx offline data in
//! `.sqlx/`), `[columns]` (categories of columns), `[tables]` (purposes of tables), and
//! the model structs bound to a table, whose fields get their columns' categories.

use super::{sql, Builder, ClassId, Origin, PurposeDecl};
use crate::diag::{did_you_mean, Lint};
use crate::resolve::DefKind;
use crate::syntax::{SchemaItem, Span};
use rayon::prelude::*;
use sqlparser::ast::{AlterTableOperation, CreateTableLikeKind, ObjectType, Query, RenameTableNameKind, Statement};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A table: its schema (`None` for the default one, `public`) and name, lower case.
pub type TableKey = (Option<String>, String);

/// The key of a table as written (`public` is the default schema).
pub fn key(schema: Option<&str>, table: &str) -> TableKey {
    let schema = schema.map(str::to_lowercase).filter(|s| s != "public");
    (schema, table.to_lowercase())
}

fn display(t: &TableKey) -> String {
    match &t.0 {
        Some(s) => format!("{s}.{}", t.1),
        None => t.1.clone(),
    }
}

/// Tables and their columns, in declaration order.
#[derive(Debug, Default)]
pub struct Schema {
    tables: Vec<(TableKey, Vec<String>)>,
    index: HashMap<TableKey, usize>,
}

impl Schema {
    pub fn columns(&self, t: &TableKey) -> Option<&[String]> {
        self.index.get(t).map(|&i| self.tables[i].1.as_slice())
    }

    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }

    /// Adds a table, or the columns it does not list yet.
    fn add(&mut self, t: TableKey, columns: impl IntoIterator<Item = String>) {
        let i = *self.index.entry(t.clone()).or_insert_with(|| {
            self.tables.push((t, Vec::new()));
            self.tables.len() - 1
        });
        for c in columns {
            let c = c.to_lowercase();
            if !self.tables[i].1.contains(&c) {
                self.tables[i].1.push(c);
            }
        }
    }

    fn drop_table(&mut self, t: &TableKey) {
        if let Some(i) = self.index.remove(t) {
            self.tables[i].1.clear();
        }
    }

    fn rename_table(&mut self, from: &TableKey, to: TableKey) {
        if let Some(i) = self.index.remove(from) {
            self.tables[i].0 = to.clone();
            self.index.insert(to, i);
        }
    }

    fn table_mut(&mut self, t: &TableKey) -> Option<&mut Vec<String>> {
        self.index.get(t).map(|&i| &mut self.tables[i].1)
    }

    fn names(&self) -> impl Iterator<Item = String> + '_ {
        self.index.keys().map(display)
    }

    /// A migration's statements, applied in order.
    #[cfg(test)]
    pub(super) fn apply_statements(&mut self, statements: Vec<Statement>) {
        let mut changes = Vec::new();
        statements.into_iter().for_each(|s| edits(s, &mut changes));
        changes.iter().for_each(|e| self.apply(e));
    }

    /// A change read from a migration or offline data, made.
    fn apply(&mut self, e: &Edit) {
        match e {
            Edit::Add(t, columns) => self.add(t.clone(), columns.iter().cloned()),
            Edit::Create { table, copied, columns, query } => {
                let mut all: Vec<String> = copied.iter().filter_map(|f| self.columns(f)).flatten().cloned().collect();
                all.extend(columns.iter().cloned());
                if let Some(q) = query {
                    all.extend(sql::query_columns(q, self));
                }
                if !all.is_empty() {
                    self.add(table.clone(), all);
                }
            }
            Edit::DropColumns(t, names) => {
                if let Some(cols) = self.table_mut(t) {
                    cols.retain(|c| !names.iter().any(|n| n.eq_ignore_ascii_case(c)));
                }
            }
            Edit::RenameColumn(t, old, new) => {
                if let Some(cols) = self.table_mut(t) {
                    for c in cols.iter_mut().filter(|c| old.eq_ignore_ascii_case(c)) {
                        *c = new.to_lowercase();
                    }
                }
            }
            Edit::RenameTable(from, to) => self.rename_table(from, to.clone()),
            Edit::Drop(t) => self.drop_table(t),
        }
    }
}

/// One change a migration statement (or a `.sqlx` file) makes to the schema: what
/// [`Schema::apply`] needs of the statement, small enough to keep every file's until the
/// policy applies them (the files are read while resolution runs).
#[derive(Debug)]
enum Edit {
    /// Columns added to a table, created if new (`ADD COLUMN`, offline data).
    Add(TableKey, Vec<String>),
    /// `CREATE TABLE`: columns copied from the tables as they are when it runs (`LIKE`,
    /// `PARTITION OF`, `INHERITS`), its own, then those of its `AS SELECT` query.
    Create {
        table: TableKey,
        copied: Vec<TableKey>,
        columns: Vec<String>,
        query: Option<Box<Query>>,
    },
    DropColumns(TableKey, Vec<String>),
    /// Old and new name (MySQL's `CHANGE old new TYPE` renames too).
    RenameColumn(TableKey, String, String),
    RenameTable(TableKey, TableKey),
    Drop(TableKey),
}

/// The changes a migration's statement makes, added to `out`.
fn edits(s: Statement, out: &mut Vec<Edit>) {
    match s {
        Statement::CreateTable(c) => {
            let Some(table) = sql::table_key(&c.name) else { return };
            let like = match &c.like {
                Some(CreateTableLikeKind::Parenthesized(l) | CreateTableLikeKind::Plain(l)) => Some(&l.name),
                None => None,
            };
            let from = like.into_iter().chain(&c.partition_of).chain(c.inherits.iter().flatten());
            let copied = from.filter_map(sql::table_key).collect();
            let columns = c.columns.iter().map(|col| col.name.value.clone()).collect();
            out.push(Edit::Create { table, copied, columns, query: c.query });
        }
        Statement::AlterTable(a) => {
            let Some(t) = sql::table_key(&a.name) else { return };
            out.extend(a.operations.iter().filter_map(|op| alter(&t, op)));
        }
        Statement::Drop { object_type: ObjectType::Table, names, .. } => {
            out.extend(names.iter().filter_map(sql::table_key).map(Edit::Drop));
        }
        _ => {}
    }
}

/// The change an `ALTER TABLE` operation on `t` makes to its columns or name, if any.
fn alter(t: &TableKey, op: &AlterTableOperation) -> Option<Edit> {
    Some(match op {
        AlterTableOperation::AddColumn { column_def, .. } => Edit::Add(t.clone(), vec![column_def.name.value.clone()]),
        AlterTableOperation::DropColumn { column_names, .. } => {
            Edit::DropColumns(t.clone(), column_names.iter().map(|n| n.value.clone()).collect())
        }
        AlterTableOperation::RenameColumn { old_column_name: old, new_column_name: new }
        | AlterTableOperation::ChangeColumn { old_name: old, new_name: new, .. } => {
            Edit::RenameColumn(t.clone(), old.value.clone(), new.value.clone())
        }
        AlterTableOperation::RenameTable { table_name: RenameTableNameKind::As(n) | RenameTableNameKind::To(n) } => {
            let mut to = sql::table_key(n)?;
            if to.0.is_none() {
                to.0 = t.0.clone();
            }
            Edit::RenameTable(t.clone(), to)
        }
        _ => return None,
    })
}

/// The database part of the policy: present only when `[columns]` or `[tables]` say
/// something (otherwise redline does not look at database code at all).
#[derive(Debug, Default)]
pub struct Db {
    pub schema: Schema,
    /// `[columns]` entries naming one column.
    columns: HashMap<(TableKey, String), ClassId>,
    /// `[columns]` entries `table.*`.
    every_column: HashMap<TableKey, ClassId>,
    /// `[tables]`.
    tables: HashMap<TableKey, PurposeDecl>,
}

impl Db {
    /// The classification of a column (`*`: any classification of the table).
    pub fn classes(&self, c: &sql::Column, out: &mut Vec<ClassId>) {
        let mut add = |x: ClassId| {
            if !out.contains(&x) {
                out.push(x);
            }
        };
        if let Some(&x) = self.every_column.get(&c.table) {
            add(x);
        }
        if c.name == "*" {
            for ((t, _), &x) in &self.columns {
                if *t == c.table {
                    add(x);
                }
            }
        } else if let Some(&x) = self.columns.get(&(c.table.clone(), c.name.clone())) {
            add(x);
        }
    }

    /// The purpose `[tables]` gives a table.
    pub fn purpose(&self, t: &TableKey) -> Option<&PurposeDecl> {
        self.tables.get(t)
    }
}

impl super::Policy {
    /// The classifications `[columns]` gives a column of diesel's `table!` (for listing
    /// columns: discovery and the data map; queries use `Db::classes`).
    pub fn column_classes(&self, schema: Option<&str>, table: &str, column: &str) -> Vec<ClassId> {
        let mut out = Vec::new();
        if let Some(db) = &self.db {
            db.classes(&sql::Column { table: key(schema, table), name: column.to_lowercase() }, &mut out);
        }
        out
    }
}

/// Migration and offline-data files larger than this are not read.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// At most this many of them are read.
pub const MAX_FILES: usize = 20_000;
/// Directories deeper than this below the workspace root are not searched.
pub const MAX_DEPTH: usize = 16;
/// At most this many bytes of them are read in all (a migration's text is split into SQL
/// tokens, by up to four dialects, in about a second per megabyte at worst).
pub const MAX_TOTAL_BYTES: usize = 16 * 1024 * 1024;

/// The text of a file inside the workspace root (after resolving symbolic links), if
/// it is no larger than the bound.
pub fn read_inside(root: &Path, path: &Path) -> Option<String> {
    read_schema_file(root, path).ok().flatten()
}

/// The text of a file inside the workspace root (after resolving symbolic links): `None`
/// when it is outside or cannot be opened, an error when it is over [`MAX_FILE_BYTES`] or
/// not UTF-8.
fn read_schema_file(root: &Path, path: &Path) -> Result<Option<String>, String> {
    root.canonicalize().map_or(Ok(None), |root| read_below(&root, path))
}

/// [`read_schema_file`] with the root already canonical.
fn read_below(root: &Path, path: &Path) -> Result<Option<String>, String> {
    let Ok(real) = root.join(path).canonicalize() else { return Ok(None) };
    let Ok(meta) = real.metadata() else { return Ok(None) };
    if !real.starts_with(root) {
        return Ok(None);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!("it is over {MAX_FILE_BYTES} bytes"));
    }
    let Ok(bytes) = std::fs::read(real) else { return Ok(None) };
    String::from_utf8(bytes).map(Some).map_err(|_| "it is not valid UTF-8".to_string())
}

/// What of a schema file or directory was not read.
#[derive(Debug)]
enum Unread {
    /// The statement that starts at this byte.
    Statement(usize),
    File,
    Directory,
}

/// The files the schema is read from, and the first file or directory a limit left out.
#[derive(Default)]
struct SchemaFiles {
    /// `migrations/**/*.sql` (up migrations) and `.sqlx/*.json` (`true`), sorted.
    found: Vec<(std::path::PathBuf, bool)>,
    /// The first file past [`MAX_FILES`]: the search stops there.
    left_out: Option<std::path::PathBuf>,
    /// The first `migrations` or `.sqlx` directory (or one inside `migrations`) more than
    /// [`MAX_DEPTH`] levels down, not searched.
    too_deep: Option<std::path::PathBuf>,
}

/// The schema files below `dir`: symbolic links are not followed, and build and VCS
/// directories are skipped.
fn schema_files(dir: &Path, depth: usize, in_migrations: bool, out: &mut SchemaFiles) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        if out.left_out.is_some() {
            return;
        }
        let Ok(ft) = e.file_type() else { continue };
        let name = e.file_name().to_string_lossy().to_string();
        let path = e.path();
        if ft.is_dir() {
            let skip = matches!(name.as_str(), "target" | "node_modules") || (name.starts_with('.') && name != ".sqlx");
            if skip {
                continue;
            }
            let schema_dir = in_migrations || name == "migrations" || name == ".sqlx";
            if depth < MAX_DEPTH {
                schema_files(&path, depth + 1, in_migrations || name == "migrations", out);
            } else if schema_dir && out.too_deep.is_none() {
                // Other directories this deep are passed over without a word: most trees
                // that deep are generated or vendored, and hold no migrations.
                out.too_deep = Some(path);
            }
        } else if ft.is_file() {
            let down = name == "down.sql" || name.ends_with(".down.sql") || name.ends_with("_down.sql");
            let offline = name.ends_with(".json") && dir.file_name().is_some_and(|d| d == ".sqlx");
            if !(offline || in_migrations && name.ends_with(".sql") && !down) {
                continue;
            }
            if out.found.len() >= MAX_FILES {
                out.left_out = Some(path);
                return;
            }
            out.found.push((path, offline));
        }
    }
}

/// Migrations and sqlx offline data read from a workspace ([`read_files`]): the changes
/// they make to the schema, in order, and what of them was not read.
#[derive(Debug, Default)]
pub struct FileSchema {
    edits: Vec<Edit>,
    /// Files, statements and directories not read, and why, in the order found.
    unread: Vec<(PathBuf, Unread, String)>,
}

/// Reads the schema files below `root` (the search and limits of [`schema_files`]). It
/// needs nothing of the analysis, so the caller can run it while resolution runs on the
/// other thread. The files are read in order, within the byte budget, then split into
/// statements in parallel (lemmy's 600 KB of SQL); what they say is kept in file order.
pub fn read_files(root: &Path) -> FileSchema {
    let mut out = FileSchema::default();
    let mut files = SchemaFiles::default();
    schema_files(root, 0, false, &mut files);
    if let Some(path) = files.left_out {
        let message = format!(
            "migrations and sqlx offline data from here on are not read: the workspace has more than {MAX_FILES} of them"
        );
        out.unread.push((path, Unread::File, message));
    }
    if let Some(dir) = files.too_deep {
        let message =
            format!("this directory is not searched for migrations: it is more than {MAX_DEPTH} levels below the root");
        out.unread.push((dir, Unread::Directory, message));
    }
    let Ok(real_root) = root.canonicalize() else { return out };
    let mut budget = MAX_TOTAL_BYTES;
    let mut read: Vec<(PathBuf, Read)> = Vec::new();
    for (path, offline) in files.found {
        let Ok(rel) = path.strip_prefix(root) else { continue };
        let text = match read_below(&real_root, rel) {
            Ok(Some(text)) => text,
            Ok(None) => continue,
            Err(why) => {
                read.push((path, Err(format!("this file is not read for the schema: {why}"))));
                continue;
            }
        };
        let Some(left) = budget.checked_sub(text.len()) else {
            let message = format!(
                "migrations and sqlx offline data from here on are not read: they are over {MAX_TOTAL_BYTES} bytes in all"
            );
            read.push((path, Err(message)));
            break;
        };
        budget = left;
        read.push((path, Ok((offline, text))));
    }
    let each: Vec<FileSchema> = read.into_par_iter().map(|(path, text)| one_file(path, text)).collect();
    for file in each {
        out.edits.extend(file.edits);
        out.unread.extend(file.unread);
    }
    out
}

/// A schema file read: whether it is sqlx's offline data, and its text; or why it was not read.
type Read = Result<(bool, String), String>;

/// What one schema file says, or why it was not read.
fn one_file(path: PathBuf, text: Read) -> FileSchema {
    let mut out = FileSchema::default();
    let (offline, text) = match text {
        Ok(read) => read,
        Err(why) => {
            out.unread.push((path, Unread::File, why));
            return out;
        }
    };
    if offline {
        match offline_columns(&text) {
            Ok(edit) => out.edits.extend(edit),
            Err(why) => {
                let message = format!("this sqlx offline-data file is not read: {why}");
                out.unread.push((path, Unread::File, message));
            }
        }
        return out;
    }
    let migration = sql::statements(&text);
    if migration.untokenized {
        let message = "this migration is not read for the schema: no SQL dialect can split it into tokens \
                       (an unterminated string or quoted name?)";
        out.unread.push((path.clone(), Unread::File, message.into()));
    }
    for s in migration.statements {
        edits(s, &mut out.edits);
    }
    for (at, why) in migration.unread {
        let message = format!("a table statement of this migration is not read: {why}");
        out.unread.push((path.clone(), Unread::Statement(at), message));
    }
    out
}

impl Builder<'_> {
    /// `[columns]` and `[tables]`, with the schema they are checked against.
    pub(super) fn database(&mut self, files: Option<FileSchema>) {
        let config = self.config;
        if !config.reads_schema() {
            return;
        }
        let mut db = Db { schema: self.code_schema(), ..Db::default() };
        self.file_schema(&mut db.schema, files);
        let origin = |table: &str, span: &std::ops::Range<usize>| Origin {
            file: config.file.clone(),
            span: Span::new(span.start, span.end),
            how: format!("{} [{table}]", config.file),
        };
        for e in &config.columns {
            let parts: Vec<&str> = e.path.split('.').collect();
            let (t, column) = match parts.as_slice() {
                [t, c] => (key(None, t), c.to_lowercase()),
                [s, t, c] => (key(Some(s), t), c.to_lowercase()),
                _ => continue,
            };
            self.check_known(&db.schema, &t, Some(&column), "columns", e);
            let subject = if column == "*" {
                format!("every column of `{}`", display(&t))
            } else {
                format!("column `{}.{column}`", display(&t))
            };
            let c = self.add_class(&e.names[0], None, origin("columns", &e.span), subject);
            if column == "*" {
                db.every_column.entry(t).or_insert(c);
            } else {
                db.columns.entry((t, column)).or_insert(c);
            }
        }
        for e in &config.tables {
            let t = match e.path.split_once('.') {
                Some((s, t)) => key(Some(s), t),
                None => key(None, &e.path),
            };
            self.check_known(&db.schema, &t, None, "tables", e);
            let decl = PurposeDecl { purposes: e.names.clone(), origin: origin("tables", &e.span) };
            db.tables.entry(t).or_insert(decl);
        }
        self.model_fields(&db);
        self.policy.db = Some(Box::new(db));
    }

    /// `unmatched-config-path` for an entry naming a table (or column) that a known schema
    /// does not have (the entry is kept: the schema may be incomplete).
    fn check_known(
        &mut self,
        schema: &Schema,
        t: &TableKey,
        column: Option<&str>,
        table: &str,
        e: &super::config::PathEntry,
    ) {
        if schema.is_empty() {
            return;
        }
        let (message, help) = match (schema.columns(t), column) {
            (None, _) => (
                format!("there is no table `{}`", display(t)),
                did_you_mean(&display(t), schema.names().collect::<Vec<_>>().iter().map(String::as_str)),
            ),
            (Some(cols), Some(c)) if c != "*" && !cols.iter().any(|x| x == c) => {
                let names: Vec<String> = cols.iter().map(|x| format!("{}.{x}", display(t))).collect();
                (
                    format!("there is no column `{}.{c}`", display(t)),
                    did_you_mean(&format!("{}.{c}", display(t)), names.iter().map(String::as_str)),
                )
            }
            _ => return,
        };
        let file = self.config.file.clone();
        let help = help.unwrap_or_else(|| {
            "the known schema is read from diesel's `table!`, sea-orm entities, `migrations/**/*.sql` and `.sqlx/`"
                .into()
        });
        self.finding(
            Lint::UnmatchedConfigPath,
            &file,
            Span::new(e.span.start, e.span.end),
            format!("[{table}] {message}"),
            Some(help),
        );
    }

    /// Tables declared in code: diesel's `table!` and sea-orm entity models.
    fn code_schema(&self) -> Schema {
        let mut schema = Schema::default();
        for d in &self.prog.defs {
            let Some(db) = &d.db else { continue };
            match (&db.schema, &d.kind) {
                (Some(SchemaItem::Table { schema: s, name, columns }), _) => {
                    schema.add(key(s.as_deref(), name), columns.iter().cloned())
                }
                (None, DefKind::Adt { fields, .. }) if db.derives.iter().any(|x| x == "DeriveEntityModel") => {
                    if let Some(t) = &db.table_name {
                        let cols = fields.iter().map(|f| column_of(&f.name, f.attrs.db.as_deref()));
                        schema.add(key(None, t), cols);
                    }
                }
                _ => {}
            }
        }
        schema
    }

    /// Tables in migrations and sqlx's offline data, read by [`read_files`] (here unless
    /// the caller read them while resolution ran).
    fn file_schema(&mut self, schema: &mut Schema, files: Option<FileSchema>) {
        let root = self.prog.root.clone();
        let files = files.unwrap_or_else(|| read_files(&root));
        for e in &files.edits {
            schema.apply(e);
        }
        for (path, what, message) in files.unread {
            self.schema_unread(&root, &path, what, message);
        }
    }

    /// An `analysis-limit` warning about `what` of the schema file or directory `path`.
    fn schema_unread(&mut self, root: &Path, path: &Path, what: Unread, message: String) {
        let file = crate::load::rel(root, path);
        let (at, fix) = match what {
            Unread::Statement(at) => (at, "write the statement in SQL that PostgreSQL, MySQL or SQLite parses"),
            Unread::Directory => (0, "move the migrations closer to the workspace root"),
            Unread::File => (0, "fix or split the file, or keep generated data out of migrations/"),
        };
        let help = format!(
            "the tables it defines are not known: their columns are not checked against [columns], and `SELECT *` \
             of them reads whatever [columns] classifies; {fix}"
        );
        self.finding(Lint::AnalysisLimit, &file, Span::new(at, at), message, Some(help));
        if let Some(f) = self.findings.last_mut() {
            f.label = "not read for the schema".into();
        }
    }

    /// Fields of model structs bound to a table (diesel `table_name` with a diesel derive,
    /// sea-orm entity models) take the category of their column.
    fn model_fields(&mut self, db: &Db) {
        const DIESEL: &[&str] =
            &["Queryable", "Selectable", "Insertable", "AsChangeset", "Identifiable", "QueryableByName"];
        let mut bound = Vec::new();
        for (id, d) in self.prog.defs.iter().enumerate() {
            let (Some(info), DefKind::Adt { fields, .. }) = (&d.db, &d.kind) else { continue };
            let Some(t) = &info.table_name else { continue };
            if !info.derives.iter().any(|x| DIESEL.contains(&x.as_str()) || x == "DeriveEntityModel") {
                continue;
            }
            for (i, f) in fields.iter().enumerate() {
                let column = sql::Column { table: key(None, t), name: column_of(&f.name, f.attrs.db.as_deref()) };
                let mut classes = Vec::new();
                db.classes(&column, &mut classes);
                if let Some(&c) = classes.first() {
                    bound.push(((id as u32, i as u32), c));
                }
            }
        }
        for (k, c) in bound {
            self.policy.field_class.entry(k).or_insert(c);
        }
    }
}

/// The column a model field maps to.
fn column_of(field: &str, db: Option<&crate::syntax::DbInfo>) -> String {
    db.and_then(|d| d.column_name.clone()).unwrap_or_else(|| field.to_string()).to_lowercase()
}

/// sqlx offline data (`.sqlx/query-*.json`): the columns of a `SELECT * FROM table`.
fn offline_columns(text: &str) -> Result<Option<Edit>, String> {
    let v = serde_json::from_str::<serde_json::Value>(text).map_err(|e| format!("it is not JSON ({e})"))?;
    Ok(offline_table(&v))
}

/// The columns of the table an offline query reads with `SELECT * FROM t`, if it does.
fn offline_table(v: &serde_json::Value) -> Option<Edit> {
    let query = v["query"].as_str()?;
    let cols = v["describe"]["columns"].as_array()?;
    let names: Vec<String> = cols.iter().filter_map(|c| c["name"].as_str().map(str::to_string)).collect();
    let statements = sql::parse(query).ok()?;
    let Some(Statement::Query(q)) = statements.first() else { return None };
    let sqlparser::ast::SetExpr::Select(s) = q.body.as_ref() else { return None };
    let star = matches!(s.projection.as_slice(), [sqlparser::ast::SelectItem::Wildcard(_)]);
    let ([from], true) = (s.from.as_slice(), star) else { return None };
    let (sqlparser::ast::TableFactor::Table { name, .. }, true) = (&from.relation, from.joins.is_empty()) else {
        return None;
    };
    Some(Edit::Add(sql::table_key(name)?, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system's temporary directory.
    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("redline-schema-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        dir.canonicalize().expect("canonical")
    }

    #[test]
    fn a_schema_file_over_the_size_limit_or_not_utf8_is_refused_with_why() {
        let root = scratch("size");
        let at_limit = "-".repeat(MAX_FILE_BYTES as usize);
        std::fs::write(root.join("at.sql"), &at_limit).expect("write");
        std::fs::write(root.join("over.sql"), format!("{at_limit}-")).expect("write");
        std::fs::write(root.join("latin1.sql"), b"-- M\xfcnchen\n").expect("write");
        assert!(matches!(read_schema_file(&root, Path::new("at.sql")), Ok(Some(t)) if t.len() == at_limit.len()));
        let over = read_schema_file(&root, Path::new("over.sql"));
        assert!(over.as_ref().is_err_and(|e| e.contains("4194304 bytes")), "{over:?}");
        assert!(read_schema_file(&root, Path::new("latin1.sql")).is_err_and(|e| e.contains("UTF-8")));
        assert!(matches!(read_schema_file(&root, Path::new("absent.sql")), Ok(None)));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn offline_data_that_is_not_json_is_refused_and_a_select_star_gives_columns() {
        let mut schema = Schema::default();
        assert!(offline_columns("{\"query\": \"SELECT * FROM").is_err_and(|e| e.contains("not JSON")));
        let data =
            r#"{"query": "SELECT * FROM members", "describe": {"columns": [{"name": "id"}, {"name": "phone"}]}}"#;
        schema.apply(&offline_columns(data).expect("JSON").expect("a SELECT *"));
        assert_eq!(schema.columns(&key(None, "members")), Some(&["id".to_string(), "phone".to_string()][..]));
    }

    #[test]
    fn a_table_created_from_others_or_a_query_has_their_columns() {
        let mut schema = Schema::default();
        let text = "CREATE TABLE members (id INT, phone TEXT);\nCREATE TABLE archive (LIKE members);\n\
                    CREATE TABLE backup LIKE members;\nCREATE TABLE snapshot AS SELECT * FROM members;\n\
                    CREATE TABLE phones AS SELECT m.phone, m.id AS member FROM members m;\n\
                    CREATE TABLE members_2024 PARTITION OF members FOR VALUES FROM (1) TO (9);\n\
                    CREATE TABLE vip (tier INT) INHERITS (members);";
        let read = sql::statements(text);
        assert!(read.unread.is_empty(), "{:?}", read.unread);
        schema.apply_statements(read.statements);
        for t in ["archive", "backup", "snapshot"] {
            assert_eq!(schema.columns(&key(None, t)), Some(&["id".to_string(), "phone".to_string()][..]), "{t}");
        }
        assert_eq!(schema.columns(&key(None, "phones")), Some(&["phone".to_string(), "member".to_string()][..]));
        assert_eq!(schema.columns(&key(None, "members_2024")), Some(&["id".to_string(), "phone".to_string()][..]));
        let vip = ["id".to_string(), "phone".to_string(), "tier".to_string()];
        assert_eq!(schema.columns(&key(None, "vip")), Some(&vip[..]));
        schema.apply_statements(sql::statements("ALTER TABLE vip CHANGE tier level INT;").statements);
        let vip = ["id".to_string(), "phone".to_string(), "level".to_string()];
        assert_eq!(schema.columns(&key(None, "vip")), Some(&vip[..]), "MySQL's CHANGE renames");
    }

    #[test]
    fn the_search_for_schema_files_says_where_it_stopped() {
        let root = scratch("depth");
        let mut deep = root.join("migrations");
        for i in 0..MAX_DEPTH {
            deep = deep.join(format!("d{i}"));
        }
        std::fs::create_dir_all(&deep).expect("create");
        std::fs::write(root.join("migrations/0001.sql"), "CREATE TABLE a (id INT);").expect("write");
        std::fs::write(deep.join("0002.sql"), "CREATE TABLE b (id INT);").expect("write");
        let mut files = SchemaFiles::default();
        schema_files(&root, 0, false, &mut files);
        assert_eq!(files.found, vec![(root.join("migrations/0001.sql"), false)]);
        assert_eq!(files.too_deep, Some(deep.clone()), "the deepest directory is not searched");
        assert!(files.left_out.is_none());
        // Deep directories elsewhere are passed over without a word.
        let other = root.join("web").join((0..MAX_DEPTH + 2).map(|i| format!("x{i}")).collect::<Vec<_>>().join("/"));
        std::fs::create_dir_all(&other).expect("create");
        std::fs::remove_dir_all(root.join("migrations")).expect("remove");
        let mut files = SchemaFiles::default();
        schema_files(&root, 0, false, &mut files);
        assert!(files.too_deep.is_none() && files.found.is_empty());
        let _ = std::fs::remove_dir_all(&root);
    }
}

//! SQL text, parsed with sqlparser (PostgreSQL, MySQL, SQLite and generic dialects, tried
//! in that order): what a statement returns and from which columns, which bound
//! parameters it writes into which table, and which columns it copies into a table.

use super::schema::{key, Schema, TableKey};
use sqlparser::ast::{
    visit_expressions, BinaryOperator, Expr, FromTable, FunctionArg, FunctionArgExpr, FunctionArguments, Ident,
    ObjectName, Query, Select, SelectItem, SelectItemQualifiedWildcardKind, SetExpr, Statement, TableFactor,
    TableObject, TableWithJoins, UnaryOperator, UpdateTableFromKind, Value,
};
use sqlparser::dialect::{Dialect, GenericDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer};
use std::ops::ControlFlow;

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Column {
    pub table: TableKey,
    /// `*` for every column of a table whose columns are not known.
    pub name: String,
}

/// Where a value computed by a statement comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Src {
    pub columns: Vec<Column>,
    /// Bound parameters (1-based).
    pub params: Vec<u32>,
}

impl Src {
    fn join(&mut self, other: Src) {
        for c in other.columns {
            if !self.columns.contains(&c) {
                self.columns.push(c);
            }
        }
        for p in other.params {
            if !self.params.contains(&p) {
                self.params.push(p);
            }
        }
    }
}

/// One column a statement returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Its name (an alias, the column's name, a function's name), lower case.
    pub name: Option<String>,
    pub src: Src,
}

/// What a statement does with columns.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// What it returns, in order (`SELECT` list, `RETURNING`).
    pub outputs: Vec<Output>,
    /// Bound parameters written into a table.
    pub bound: Vec<(u32, TableKey)>,
    /// Columns copied into a table inside the database (`INSERT .. SELECT`, `UPDATE .. SET x = y`).
    pub copies: Vec<(TableKey, Vec<Column>)>,
}

fn dialects() -> [Box<dyn Dialect>; 4] {
    [Box::new(PostgreSqlDialect {}), Box::new(MySqlDialect {}), Box::new(SQLiteDialect {}), Box::new(GenericDialect {})]
}

/// Longest SQL text of a query parsed (a statement of a migration: [`MAX_SQL_TOKENS`]).
/// sqlparser builds a chain of operators (`a OR b OR ...`) as a tree as deep as the chain,
/// which is dropped recursively: a query of a million `OR`s (15 MB) overflowed the stack.
/// Queries written in code are a few kilobytes.
pub const MAX_SQL_BYTES: usize = 262_144;

/// Most SQL tokens (whitespace included) of one statement of a migration file parsed.
pub const MAX_SQL_TOKENS: usize = 100_000;

/// The statements of a text, in the first dialect that parses it all.
pub fn parse(text: &str) -> Result<Vec<Statement>, String> {
    if text.len() > MAX_SQL_BYTES {
        return Err(format!("its SQL is over {MAX_SQL_BYTES} bytes"));
    }
    let mut first_error = None;
    for d in dialects() {
        match Parser::parse_sql(d.as_ref(), text) {
            Ok(statements) => return Ok(statements),
            Err(e) => {
                first_error.get_or_insert(e.to_string());
            }
        }
    }
    Err(first_error.unwrap_or_default())
}

/// What a migration file gives: its table statements that parse, and where one was not read.
#[derive(Debug, Default)]
pub struct Migration {
    pub statements: Vec<Statement>,
    /// Byte offsets of its table statements not read, and why.
    pub unread: Vec<(usize, String)>,
    /// No dialect splits the text into tokens: nothing of it is read.
    pub untokenized: bool,
}

/// The statements of a migration file that shape tables (`CREATE`, `ALTER` and `DROP TABLE`:
/// the others, such as seed `INSERT`s or function bodies in another language, tell nothing
/// of the schema and are not parsed), and where one was not read (offsets in `text`, a
/// byte-order mark included). The text is split into tokens by the first dialect whose
/// tokens leave no table statement unread (MySQL's backquoted names are not PostgreSQL
/// tokens), else by the one that reads the most of them, then leaves the fewest unread.
pub fn statements(text: &str) -> Migration {
    if !mentions_table(text) {
        // No table statement: nothing worth splitting into tokens (a fifth of lemmy's
        // migrations, which change functions and rows).
        return Migration::default();
    }
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let dialects = dialects();
    let mut best: Option<Migration> = None;
    for d in &dialects {
        let Ok(tokens) = Tokenizer::new(d.as_ref(), &text[bom..]).tokenize_with_location() else { continue };
        let mut read = statements_of(&text[bom..], &tokens, &dialects);
        read.unread.iter_mut().for_each(|(at, _)| *at += bom);
        if read.unread.is_empty() {
            return read;
        }
        let rank = |m: &Migration| (m.statements.len(), std::cmp::Reverse(m.unread.len()));
        if best.as_ref().is_none_or(|b| rank(&read) > rank(b)) {
            best = Some(read);
        }
    }
    best.unwrap_or(Migration { untokenized: true, ..Migration::default() })
}

/// Whether `TABLE`, in any case, is in `text`: a table statement's keyword, and no dialect
/// reads another spelling as that keyword.
fn mentions_table(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b't', b'T', b).any(|at| b.get(at..at + 5).is_some_and(|w| w.eq_ignore_ascii_case(b"table")))
}

/// A statement as the dialects parse it.
enum Parsed {
    Whole(Statement),
    /// Its start parses, the rest does not (`ADD COLUMN b TEXT AFTER a` in PostgreSQL).
    Start(Statement),
    Not,
}

/// `tokens` parsed by the first dialect that parses all of them, else the first that
/// parses their start.
fn parse_tokens(tokens: &[TokenWithSpan], dialects: &[Box<dyn Dialect>]) -> Parsed {
    let mut start = None;
    for d in dialects {
        let mut p = Parser::new(d.as_ref()).with_tokens_with_locations(tokens.to_vec());
        match p.parse_statement() {
            Ok(st) if p.peek_token().token == Token::EOF => return Parsed::Whole(st),
            Ok(st) => {
                start.get_or_insert(st);
            }
            Err(_) => {}
        }
    }
    start.map_or(Parsed::Not, Parsed::Start)
}

/// The table statements of `text`, split into `tokens` at semicolons, each parsed by the
/// first dialect that can.
fn statements_of(text: &str, tokens: &[TokenWithSpan], dialects: &[Box<dyn Dialect>]) -> Migration {
    let mut out = Migration::default();
    let mut lines = LineStarts::new(text);
    for chunk in tokens.split(|t| t.token == Token::SemiColon) {
        if !shapes_table(chunk) {
            continue;
        }
        let Some(first) = chunk.iter().find(|t| solid(t)) else { continue };
        let why = if chunk.len() > MAX_SQL_TOKENS {
            format!("the statement is over {MAX_SQL_TOKENS} SQL tokens")
        } else {
            match parse_tokens(chunk, dialects) {
                Parsed::Whole(st) => {
                    out.statements.push(st);
                    continue;
                }
                Parsed::Start(st) => {
                    out.statements.push(st);
                    "only its start parses in a SQL dialect; what follows is not read".into()
                }
                Parsed::Not => {
                    // Again without what sqlparser lacks and does not change columns.
                    let retry = match alter_column_ops(chunk) {
                        // Only constraints or indexes change (`ALTER CONSTRAINT`): no column does.
                        Some(None) => continue,
                        Some(Some(ops)) => Some(ops),
                        None => like_without_options(chunk),
                    };
                    match retry.map(|tokens| parse_tokens(&tokens, dialects)) {
                        Some(Parsed::Whole(st)) => {
                            out.statements.push(st);
                            continue;
                        }
                        _ => "no SQL dialect parses the statement".into(),
                    }
                }
            }
        };
        out.unread.push((lines.offset(first.span.start), why));
    }
    out
}

/// Whether a token is more than white space or a comment.
fn solid(t: &TokenWithSpan) -> bool {
    !matches!(t.token, Token::Whitespace(_))
}

/// A word token's keyword (`NoKeyword` for another word); `None` for other tokens.
fn keyword(t: &TokenWithSpan) -> Option<Keyword> {
    match &t.token {
        Token::Word(w) => Some(w.keyword),
        _ => None,
    }
}

/// Whether a statement is `CREATE [OR REPLACE] [TEMPORARY|UNLOGGED|..] TABLE`, `ALTER TABLE`
/// or `DROP [TEMPORARY] TABLE`: the statements the schema is read from. One that starts with
/// something else in this dialect's tokens (a comment another dialect reads, `--x` or
/// `# x`) counts when such a statement follows within its first 64 tokens: it is then not
/// read, and said.
fn shapes_table(chunk: &[TokenWithSpan]) -> bool {
    let words: Vec<Option<Keyword>> = chunk.iter().filter(|t| solid(t)).take(64).map(keyword).collect();
    let at = |i: usize| {
        const CREATE_MODIFIERS: &[Keyword] = &[
            Keyword::OR,
            Keyword::REPLACE,
            Keyword::TEMP,
            Keyword::TEMPORARY,
            Keyword::GLOBAL,
            Keyword::LOCAL,
            Keyword::UNLOGGED,
            Keyword::FOREIGN,
            Keyword::VIRTUAL,
            Keyword::EXTERNAL,
        ];
        let modifiers: &[Keyword] = match words[i] {
            Some(Keyword::CREATE) => CREATE_MODIFIERS,
            Some(Keyword::DROP) => &[Keyword::TEMPORARY],
            Some(Keyword::ALTER) => &[],
            _ => return false,
        };
        let rest = words[i + 1..].iter().skip_while(|k| k.is_some_and(|k| modifiers.contains(&k)));
        rest.take(1).any(|&k| k == Some(Keyword::TABLE))
    };
    match words.first() {
        Some(Some(_)) => at(0),
        Some(None) => (1..words.len()).any(at),
        None => false,
    }
}

/// For an `ALTER TABLE` statement, its operations that can change the table's columns or
/// name (`ADD [COLUMN]`, `DROP [COLUMN]`, `RENAME`), as a statement of their own, or `None`
/// when it has none (constraints, defaults, types); `None` for another statement.
fn alter_column_ops(chunk: &[TokenWithSpan]) -> Option<Option<Vec<TokenWithSpan>>> {
    let solid_at: Vec<usize> = (0..chunk.len()).filter(|&i| solid(&chunk[i])).collect();
    let kw = |n: usize| solid_at.get(n).and_then(|&i| keyword(&chunk[i]));
    if (kw(0), kw(1)) != (Some(Keyword::ALTER), Some(Keyword::TABLE)) {
        return None;
    }
    // The table's name: after `IF EXISTS` and `ONLY`, words joined by dots.
    let mut n = 2;
    if kw(n) == Some(Keyword::IF) && kw(n + 1) == Some(Keyword::EXISTS) {
        n += 2;
    }
    if kw(n) == Some(Keyword::ONLY) {
        n += 1;
    }
    n += 1;
    while solid_at.get(n).is_some_and(|&i| chunk[i].token == Token::Period) {
        n += 2;
    }
    let start = *solid_at.get(n)?;
    let mut ops: Vec<&[TokenWithSpan]> = Vec::new();
    let (mut depth, mut from) = (0usize, start);
    for (i, t) in chunk.iter().enumerate().skip(start) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => {
                ops.push(&chunk[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    ops.push(&chunk[from..]);
    let changes_columns = |op: &&[TokenWithSpan]| {
        let mut words = op.iter().filter(|t| solid(t)).map(keyword);
        let second = |w: &mut dyn Iterator<Item = Option<Keyword>>| w.next().flatten();
        const NOT_COLUMNS: &[Keyword] = &[
            Keyword::CONSTRAINT,
            Keyword::PRIMARY,
            Keyword::FOREIGN,
            Keyword::UNIQUE,
            Keyword::CHECK,
            Keyword::INDEX,
            Keyword::KEY,
            Keyword::EXCLUDE,
            Keyword::PARTITION,
        ];
        match words.next().flatten() {
            Some(Keyword::ADD | Keyword::DROP | Keyword::RENAME) => {
                !second(&mut words).is_some_and(|k| NOT_COLUMNS.contains(&k))
            }
            _ => false,
        }
    };
    let kept: Vec<&[TokenWithSpan]> = ops.into_iter().filter(changes_columns).collect();
    if kept.is_empty() {
        return Some(None);
    }
    let mut tokens = chunk[..start].to_vec();
    for (k, op) in kept.into_iter().enumerate() {
        if k > 0 {
            tokens.push(TokenWithSpan::wrap(Token::Comma));
        }
        tokens.extend_from_slice(op);
    }
    Some(Some(tokens))
}

/// A `CREATE TABLE .. (LIKE original INCLUDING ALL ..)` without its `INCLUDING`/`EXCLUDING`
/// options (sqlparser takes only `DEFAULTS`; none of them changes which columns are copied),
/// or `None` when it has none.
fn like_without_options(chunk: &[TokenWithSpan]) -> Option<Vec<TokenWithSpan>> {
    let mut kept = Vec::with_capacity(chunk.len());
    let (mut like, mut removed) = (false, false);
    let mut i = 0;
    while i < chunk.len() {
        match keyword(&chunk[i]) {
            Some(Keyword::LIKE) => like = true,
            Some(Keyword::INCLUDING | Keyword::EXCLUDING) if like => {
                // The option's word (`ALL`, `INDEXES`, ..) goes with it.
                let word = (i + 1..chunk.len()).find(|&w| solid(&chunk[w]));
                i = word.map_or(chunk.len(), |w| w + 1);
                removed = true;
                continue;
            }
            _ => {}
        }
        kept.push(chunk[i].clone());
        i += 1;
    }
    removed.then_some(kept)
}

/// Byte offsets of a text's lines, for sqlparser's line and column (1-based, in
/// characters), asked in increasing order: each line is walked once however many
/// statements it holds (a migration of one 4 MiB line).
struct LineStarts<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last position asked: line, column and byte offset.
    cursor: (u64, u64, usize),
}

impl<'t> LineStarts<'t> {
    fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineStarts { text, starts, cursor: (1, 1, 0) }
    }

    fn offset(&mut self, at: sqlparser::tokenizer::Location) -> usize {
        let (line, column, byte) = self.cursor;
        let (mut col, mut byte) = if at.line == line && at.column >= column {
            (column, byte)
        } else {
            let start = usize::try_from(at.line.saturating_sub(1)).ok().and_then(|l| self.starts.get(l));
            (1, start.copied().unwrap_or(self.text.len()))
        };
        let mut chars = self.text[byte..].chars();
        while col < at.column {
            match chars.next() {
                Some(c) if c != '\n' => {
                    byte += c.len_utf8();
                    col += 1;
                }
                _ => break,
            }
        }
        self.cursor = (at.line, col, byte);
        byte
    }
}

/// What the statements of `text` do, with `SELECT *` expanded from `schema`.
pub fn analyse(text: &str, schema: &Schema) -> Result<Analysis, String> {
    let statements = parse(text)?;
    let mut cx = Cx { schema, next_param: 0, out: Analysis::default() };
    for s in &statements {
        let outputs = cx.statement(s);
        cx.out.outputs = outputs;
    }
    Ok(cx.out)
}

/// The names of the columns a query returns (`CREATE TABLE t AS SELECT ..`), `SELECT *`
/// expanded from `schema`; a column without a name (an expression without `AS`) is left out.
pub fn query_columns(q: &Query, schema: &Schema) -> Vec<String> {
    let mut cx = Cx { schema, next_param: 0, out: Analysis::default() };
    cx.query(q, None, &Vec::new()).into_iter().filter_map(|o| o.name).collect()
}

/// A lower-case name, unless quoted.
fn name(id: &Ident) -> String {
    if id.quote_style.is_some() {
        id.value.clone()
    } else {
        id.value.to_lowercase()
    }
}

fn parts(n: &ObjectName) -> Vec<String> {
    n.0.iter().filter_map(|p| p.as_ident()).map(name).collect()
}

/// The table an object name names (`schema.table` or `table`), as [`key`] writes it.
pub(super) fn table_key(n: &ObjectName) -> Option<TableKey> {
    let p = parts(n);
    match p.as_slice() {
        [t] => Some(key(None, t)),
        [.., s, t] => Some(key(Some(s), t)),
        [] => None,
    }
}

/// A column alias as sqlx writes overrides in it (`"count!"`, `"id: i64"`): the name.
fn alias(id: &Ident) -> String {
    let n = name(id);
    let n = n.split(':').next().unwrap_or_default().trim();
    n.trim_end_matches(['!', '?']).to_string()
}

enum Source {
    Table(TableKey),
    Derived(Vec<Output>),
}

struct Binding {
    name: String,
    source: Source,
}

struct Scope<'p> {
    bindings: Vec<Binding>,
    parent: Option<&'p Scope<'p>>,
}

type Ctes = Vec<(String, Vec<Output>)>;

struct Cx<'s> {
    schema: &'s Schema,
    /// The number of the next bare `?` parameter.
    next_param: u32,
    out: Analysis,
}

impl Cx<'_> {
    fn statement(&mut self, s: &Statement) -> Vec<Output> {
        match s {
            Statement::Query(q) => self.query(q, None, &Vec::new()),
            Statement::Insert(ins) => {
                let TableObject::TableName(n) = &ins.table else { return Vec::new() };
                let Some(table) = table_key(n) else { return Vec::new() };
                if let Some(source) = &ins.source {
                    self.insert_source(&table, source);
                }
                let scope = Scope { bindings: vec![binding(&table, None, &Vec::new())], parent: None };
                self.projection(ins.returning.as_deref().unwrap_or_default(), &scope, &Vec::new())
            }
            Statement::Update(u) => {
                let mut scope = Scope { bindings: Vec::new(), parent: None };
                self.from(std::slice::from_ref(&u.table), None, &Vec::new(), &mut scope.bindings);
                if let Some(UpdateTableFromKind::BeforeSet(f) | UpdateTableFromKind::AfterSet(f)) = &u.from {
                    self.from(f, None, &Vec::new(), &mut scope.bindings);
                }
                let target = match &u.table.relation {
                    TableFactor::Table { name, .. } => table_key(name),
                    _ => None,
                };
                for a in &u.assignments {
                    let src = self.expr(&a.value, &scope, &Vec::new());
                    if let Some(t) = &target {
                        self.written(t, src);
                    }
                }
                self.projection(u.returning.as_deref().unwrap_or_default(), &scope, &Vec::new())
            }
            Statement::Delete(d) => {
                let mut scope = Scope { bindings: Vec::new(), parent: None };
                let (FromTable::WithFromKeyword(f) | FromTable::WithoutKeyword(f)) = &d.from;
                self.from(f, None, &Vec::new(), &mut scope.bindings);
                self.projection(d.returning.as_deref().unwrap_or_default(), &scope, &Vec::new())
            }
            _ => Vec::new(),
        }
    }

    /// Values written into `table`: bound parameters, and columns copied.
    fn written(&mut self, table: &TableKey, src: Src) {
        for p in src.params {
            self.out.bound.push((p, table.clone()));
        }
        if !src.columns.is_empty() {
            self.out.copies.push((table.clone(), src.columns));
        }
    }

    fn insert_source(&mut self, table: &TableKey, source: &Query) {
        let empty = Scope { bindings: Vec::new(), parent: None };
        match source.body.as_ref() {
            SetExpr::Values(v) => {
                for row in &v.rows {
                    for e in row.content.iter() {
                        let src = self.expr(e, &empty, &Vec::new());
                        self.written(table, src);
                    }
                }
            }
            _ => {
                for o in self.query(source, None, &Vec::new()) {
                    self.written(table, o.src);
                }
            }
        }
    }

    fn query(&mut self, q: &Query, outer: Option<&Scope>, ctes: &Ctes) -> Vec<Output> {
        let mut ctes = ctes.clone();
        for cte in q.with.iter().flat_map(|w| &w.cte_tables) {
            let outs = self.query(&cte.query, outer, &ctes);
            ctes.push((name(&cte.alias.name), outs));
        }
        self.set_expr(&q.body, outer, &ctes)
    }

    fn set_expr(&mut self, e: &SetExpr, outer: Option<&Scope>, ctes: &Ctes) -> Vec<Output> {
        match e {
            SetExpr::Select(s) => self.select(s, outer, ctes),
            SetExpr::Query(q) => self.query(q, outer, ctes),
            SetExpr::SetOperation { left, right, .. } => {
                let mut outs = self.set_expr(left, outer, ctes);
                for (o, r) in outs.iter_mut().zip(self.set_expr(right, outer, ctes)) {
                    o.src.join(r.src);
                }
                outs
            }
            SetExpr::Values(v) => {
                let empty = Scope { bindings: Vec::new(), parent: outer };
                let mut outs: Vec<Output> = Vec::new();
                for row in &v.rows {
                    for (i, e) in row.content.iter().enumerate() {
                        let src = self.expr(e, &empty, ctes);
                        match outs.get_mut(i) {
                            Some(o) => o.src.join(src),
                            None => outs.push(Output { name: None, src }),
                        }
                    }
                }
                outs
            }
            SetExpr::Insert(s) | SetExpr::Update(s) | SetExpr::Delete(s) | SetExpr::Merge(s) => self.statement(s),
            SetExpr::Table(_) => Vec::new(),
        }
    }

    fn select(&mut self, s: &Select, outer: Option<&Scope>, ctes: &Ctes) -> Vec<Output> {
        let mut scope = Scope { bindings: Vec::new(), parent: outer };
        self.from(&s.from, outer, ctes, &mut scope.bindings);
        let outs = self.projection(&s.projection, &scope, ctes);
        // Conditions select rows: what they read is not returned (implicit flows), but
        // they may hold numbered parameters.
        for e in s.selection.iter().chain(s.having.iter()) {
            self.expr(e, &scope, ctes);
        }
        outs
    }

    fn from(&mut self, from: &[TableWithJoins], outer: Option<&Scope>, ctes: &Ctes, out: &mut Vec<Binding>) {
        for twj in from {
            for f in std::iter::once(&twj.relation).chain(twj.joins.iter().map(|j| &j.relation)) {
                self.factor(f, outer, ctes, out);
            }
        }
    }

    fn factor(&mut self, f: &TableFactor, outer: Option<&Scope>, ctes: &Ctes, out: &mut Vec<Binding>) {
        match f {
            TableFactor::Table { name: n, alias: a, .. } => {
                let Some(table) = table_key(n) else { return };
                out.push(binding(&table, a.as_ref().map(|a| name(&a.name)), ctes));
            }
            TableFactor::Derived { subquery, alias: a, .. } => {
                let outs = self.query(subquery, outer, ctes);
                let n = a.as_ref().map(|a| name(&a.name)).unwrap_or_default();
                out.push(Binding { name: n, source: Source::Derived(outs) });
            }
            TableFactor::NestedJoin { table_with_joins, .. } => {
                self.from(std::slice::from_ref(table_with_joins), outer, ctes, out)
            }
            _ => {}
        }
    }

    fn projection(&mut self, items: &[SelectItem], scope: &Scope, ctes: &Ctes) -> Vec<Output> {
        let mut outs = Vec::new();
        for item in items {
            match item {
                SelectItem::Wildcard(_) => {
                    for b in &scope.bindings {
                        outs.extend(self.expand(&b.source));
                    }
                }
                SelectItem::QualifiedWildcard(SelectItemQualifiedWildcardKind::ObjectName(n), _) => {
                    let p = parts(n);
                    let found = p.last().and_then(|q| scope.bindings.iter().find(|b| &b.name == q));
                    match found {
                        Some(b) => outs.extend(self.expand(&b.source)),
                        None => outs.extend(table_key(n).map(|t| self.expand(&Source::Table(t))).unwrap_or_default()),
                    }
                }
                SelectItem::QualifiedWildcard(..) => {}
                SelectItem::UnnamedExpr(e) => {
                    let src = self.expr(e, scope, ctes);
                    outs.push(Output { name: expr_name(e), src });
                }
                SelectItem::ExprWithAlias { expr, alias: a } => {
                    let src = self.expr(expr, scope, ctes);
                    outs.push(Output { name: Some(alias(a)), src });
                }
                SelectItem::ExprWithAliases { expr, aliases } => {
                    let src = self.expr(expr, scope, ctes);
                    outs.push(Output { name: aliases.first().map(alias), src });
                }
            }
        }
        outs
    }

    /// `*` of a source: the table's columns from the schema, or every column.
    fn expand(&self, source: &Source) -> Vec<Output> {
        match source {
            Source::Derived(outs) => outs.clone(),
            Source::Table(t) => match self.schema.columns(t) {
                Some(cols) => cols
                    .iter()
                    .map(|c| Output {
                        name: Some(c.clone()),
                        src: Src { columns: vec![Column { table: t.clone(), name: c.clone() }], params: Vec::new() },
                    })
                    .collect(),
                None => vec![Output {
                    name: None,
                    src: Src { columns: vec![Column { table: t.clone(), name: "*".into() }], params: Vec::new() },
                }],
            },
        }
    }

    /// What the value of an expression is computed from. Conditions, comparisons and
    /// counts carry nothing of what they read.
    fn expr(&mut self, e: &Expr, scope: &Scope, ctes: &Ctes) -> Src {
        match e {
            Expr::Identifier(id) => resolve(self.schema, scope, None, &name(id)),
            Expr::CompoundIdentifier(ids) => {
                let names: Vec<String> = ids.iter().map(name).collect();
                match names.as_slice() {
                    [c] => resolve(self.schema, scope, None, c),
                    [q, c] => resolve(self.schema, scope, Some(q), c),
                    [.., s, t, c] => {
                        Src { columns: vec![Column { table: key(Some(s), t), name: c.clone() }], ..Src::default() }
                    }
                    [] => Src::default(),
                }
            }
            Expr::Value(v) => match &v.value {
                Value::Placeholder(p) => Src { params: self.param(p).into_iter().collect(), ..Src::default() },
                _ => Src::default(),
            },
            Expr::BinaryOp { left, op, right } => {
                let (l, r) = (self.expr(left, scope, ctes), self.expr(right, scope, ctes));
                if is_test(op) {
                    return Src::default();
                }
                let mut s = l;
                s.join(r);
                s
            }
            Expr::UnaryOp { op, expr } => {
                let s = self.expr(expr, scope, ctes);
                if *op == UnaryOperator::Not {
                    Src::default()
                } else {
                    s
                }
            }
            Expr::Nested(inner) | Expr::Cast { expr: inner, .. } | Expr::Collate { expr: inner, .. } => {
                self.expr(inner, scope, ctes)
            }
            Expr::Function(f) => {
                let counted = f.name.0.last().and_then(|p| p.as_ident()).is_some_and(|i| name(i) == "count");
                let mut s = Src::default();
                match &f.args {
                    FunctionArguments::List(list) => {
                        for a in &list.args {
                            let (FunctionArg::Named { arg, .. }
                            | FunctionArg::ExprNamed { arg, .. }
                            | FunctionArg::Unnamed(arg)) = a;
                            if let FunctionArgExpr::Expr(x) = arg {
                                s.join(self.expr(x, scope, ctes));
                            }
                        }
                    }
                    FunctionArguments::Subquery(q) => {
                        for o in self.query(q, Some(scope), ctes) {
                            s.join(o.src);
                        }
                    }
                    FunctionArguments::None => {}
                }
                if counted {
                    s.columns.clear();
                }
                s
            }
            Expr::Case { conditions, else_result, .. } => {
                let mut s = Src::default();
                for c in conditions {
                    s.join(self.expr(&c.result, scope, ctes));
                }
                if let Some(e) = else_result {
                    s.join(self.expr(e, scope, ctes));
                }
                s
            }
            Expr::Subquery(q) => {
                let mut s = Src::default();
                for o in self.query(q, Some(scope), ctes) {
                    s.join(o.src);
                }
                s
            }
            Expr::Exists { .. }
            | Expr::In { .. }
            | Expr::Between { .. }
            | Expr::Like { .. }
            | Expr::ILike { .. }
            | Expr::IsNull(_)
            | Expr::IsNotNull(_)
            | Expr::IsTrue(_)
            | Expr::IsFalse(_)
            | Expr::IsDistinctFrom(..)
            | Expr::IsNotDistinctFrom(..) => {
                self.params_in(e);
                Src::default()
            }
            other => self.fallback(other, scope),
        }
    }

    /// Any other expression: every column and parameter named in it.
    fn fallback(&mut self, e: &Expr, scope: &Scope) -> Src {
        let mut s = Src::default();
        let _ = visit_expressions(e, |x| {
            match x {
                Expr::Identifier(id) => s.join(resolve(self.schema, scope, None, &name(id))),
                Expr::CompoundIdentifier(ids) if ids.len() == 2 => {
                    s.join(resolve(self.schema, scope, Some(&name(&ids[0])), &name(&ids[1])))
                }
                Expr::Value(v) => {
                    if let Value::Placeholder(p) = &v.value {
                        s.params.extend(self.param(p));
                    }
                }
                _ => {}
            }
            ControlFlow::<()>::Continue(())
        });
        s
    }

    /// Counts bare `?` parameters in a condition (they are numbered in order).
    fn params_in(&mut self, e: &Expr) {
        let _ = visit_expressions(e, |x| {
            if let Expr::Value(v) = x {
                if let Value::Placeholder(p) = &v.value {
                    self.param(p);
                }
            }
            ControlFlow::<()>::Continue(())
        });
    }

    /// `$1`, `?1`: 1; a bare `?`: the next number.
    fn param(&mut self, p: &str) -> Option<u32> {
        let digits = p.trim_start_matches(['$', '?']);
        if p == "?" {
            self.next_param += 1;
            return Some(self.next_param);
        }
        digits.parse().ok()
    }
}

fn binding(table: &TableKey, alias: Option<String>, ctes: &Ctes) -> Binding {
    let (schema, t) = table;
    // A CTE of that name shadows the table.
    if schema.is_none() {
        if let Some((_, outs)) = ctes.iter().rev().find(|(n, _)| n == t) {
            return Binding { name: alias.unwrap_or_else(|| t.clone()), source: Source::Derived(outs.clone()) };
        }
    }
    Binding { name: alias.unwrap_or_else(|| t.clone()), source: Source::Table(table.clone()) }
}

/// Comparisons and logic: their value says nothing of what they read.
fn is_test(op: &BinaryOperator) -> bool {
    use BinaryOperator as B;
    matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::And | B::Or | B::Xor | B::Spaceship)
}

/// The name a database gives an output column without an alias.
fn expr_name(e: &Expr) -> Option<String> {
    match e {
        Expr::Identifier(id) => Some(name(id)),
        Expr::CompoundIdentifier(ids) => ids.last().map(name),
        Expr::Function(f) => f.name.0.last().and_then(|p| p.as_ident()).map(name),
        Expr::Cast { expr, .. } | Expr::Nested(expr) => expr_name(expr),
        _ => None,
    }
}

/// Column `column` of the binding named `qualifier`, else of the sources in the scope
/// that have it (tables the schema does not know may), else in the enclosing scopes
/// (correlated subqueries).
fn resolve(schema: &Schema, scope: &Scope, qualifier: Option<&String>, column: &str) -> Src {
    let col = |t: &TableKey| Column { table: t.clone(), name: column.to_string() };
    let mut cur = Some(scope);
    while let Some(s) = cur {
        let (mut known, mut unknown) = (Src::default(), Src::default());
        let mut named = false;
        for b in s.bindings.iter().filter(|b| qualifier.is_none_or(|q| *q == b.name)) {
            named = true;
            match &b.source {
                Source::Table(t) => match schema.columns(t) {
                    Some(cols) if qualifier.is_none() && !cols.iter().any(|c| c == column) => {}
                    Some(_) => known.columns.push(col(t)),
                    None => unknown.columns.push(col(t)),
                },
                Source::Derived(outs) => {
                    for o in outs.iter().filter(|o| o.name.as_deref() == Some(column)) {
                        known.join(o.src.clone());
                    }
                }
            }
        }
        if qualifier.is_some() && named {
            known.join(unknown);
            return known;
        }
        if known != Src::default() {
            return known;
        }
        if unknown != Src::default() {
            return unknown;
        }
        cur = s.parent;
    }
    match qualifier {
        Some(q) => Src { columns: vec![col(&key(None, q))], ..Src::default() },
        None => Src::default(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sql_over_the_limits_is_refused_not_parsed() {
        // A chain of `OR`s is a tree as deep as the chain: a million overflowed the stack.
        let chain = (0..300_000).map(|i| format!("id = {i}")).collect::<Vec<_>>().join(" OR ");
        let query = format!("SELECT phone FROM members WHERE {chain}");
        assert!(parse(&query).is_err_and(|e| e.contains("bytes")));
        let migration = format!("CREATE TABLE members (id INT, phone TEXT);\n{query};\n");
        let read = statements(&migration);
        assert_eq!(read.statements.len(), 1);
        assert!(read.unread.is_empty(), "a query is not a table statement: {:?}", read.unread);
        let columns = (0..30_000).map(|i| format!("c{i} INT")).collect::<Vec<_>>().join(", ");
        let read = statements(&format!("SELECT 1;\nCREATE TABLE wide ({columns});"));
        assert_eq!(read.unread.len(), 1);
        assert_eq!(read.unread[0].0, "SELECT 1;\n".len());
        assert!(read.unread[0].1.contains("100000 SQL tokens"));
    }

    #[test]
    fn table_statements_not_read_are_said_where() {
        let text =
            "-- café\nCREATE TABLE a (id INT);\nFROBNICATE ALL WIDGETS;\n  /* é */ CREATE TABLE b (id INT,, x TEXT);\n";
        let read = statements(text);
        assert_eq!(read.statements.len(), 1);
        assert!(!read.untokenized);
        let [(at, why)] = read.unread.as_slice() else { panic!("one statement not read: {:?}", read.unread) };
        assert!(text[*at..].starts_with("CREATE TABLE b"), "{at}");
        assert!(why.contains("no SQL dialect parses"));
        assert!(statements("CREATE TABLE a (x TEXT);\nINSERT INTO a VALUES ('x);").untokenized);
        // Without the word `TABLE` there is no table statement to read: not tokenized at all.
        let rows = statements("INSERT INTO a VALUES ('x);");
        assert!(!rows.untokenized && rows.statements.is_empty() && rows.unread.is_empty());
        assert!(statements("create Table a (x TEXT);").statements.len() == 1);
    }

    #[test]
    fn statements_of_other_objects_are_not_table_statements_and_partial_parses_are_said() {
        let quiet = "ALTER PUBLICATION realtime ADD TABLE messages;\nCREATE PUBLICATION p FOR TABLE t;\n\
                     ALTER TABLE t RENAME INDEX a TO b;\nALTER TABLE t DROP PARTITION p0;";
        let read = statements(quiet);
        assert!(read.unread.is_empty(), "{:?}", read.unread);
        // PostgreSQL stops at `AFTER`; MySQL parses it all, and both columns are read.
        let mysql = statements("ALTER TABLE users ADD COLUMN phone TEXT AFTER email, ADD COLUMN fax TEXT;");
        assert!(mysql.unread.is_empty(), "{:?}", mysql.unread);
        let mut schema = Schema::default();
        schema.apply_statements(statements("CREATE TABLE users (email TEXT);").statements);
        schema.apply_statements(mysql.statements);
        let columns = ["email".to_string(), "phone".to_string(), "fax".to_string()];
        assert_eq!(schema.columns(&key(None, "users")), Some(&columns[..]));
        // A byte-order mark does not hide the first statement, and offsets stay the file's.
        let bom = statements("\u{feff}CREATE TABLE a (id INT,,);");
        assert_eq!(bom.unread.iter().map(|u| u.0).collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn like_options_sqlparser_lacks_are_left_out() {
        let read = statements("CREATE TABLE a (LIKE public.members INCLUDING ALL EXCLUDING INDEXES);");
        assert!(read.unread.is_empty(), "{:?}", read.unread);
        assert_eq!(read.statements.len(), 1);
        assert_eq!(statements("CREATE TABLE b (LIKE members INCLUDING ALL,, x INT);").unread.len(), 1);
    }

    #[test]
    fn many_statements_on_one_line_are_placed_in_linear_time() {
        // Each offset walked from the start of the line was quadratic: 20,000 statements on
        // one 500 KB line would take minutes.
        let line = "CREATE TABLE x (a INT,,); ".repeat(20_000);
        let read = statements(&line);
        assert_eq!(read.unread.len(), 20_000);
        assert_eq!(read.unread[19_999].0, line.len() - "CREATE TABLE x (a INT,,); ".len());
    }

    #[test]
    fn an_alter_table_sqlparser_lacks_is_read_for_its_columns() {
        // sqlparser has no `ALTER CONSTRAINT`: constraints alone change no column.
        let only_constraints = "ALTER TABLE ONLY public.t\n  ALTER CONSTRAINT t_fkey NOT DEFERRABLE,\n  \
                                ADD CONSTRAINT t_check CHECK (f(a, b) = 1);";
        let read = statements(only_constraints);
        assert!(read.unread.is_empty() && read.statements.is_empty(), "{:?}", read.unread);
        let with_column = "ALTER TABLE t ALTER CONSTRAINT t_fkey NOT DEFERRABLE, ADD COLUMN phone TEXT, \
                           DROP CONSTRAINT c, RENAME COLUMN a TO b;";
        let read = statements(with_column);
        assert!(read.unread.is_empty(), "{:?}", read.unread);
        let mut schema = Schema::default();
        schema.apply_statements(statements("CREATE TABLE t (a INT);").statements);
        schema.apply_statements(read.statements);
        let columns = schema.columns(&key(None, "t")).expect("t is known");
        assert_eq!(columns, &["b".to_string(), "phone".to_string()]);
        let broken = statements("ALTER TABLE t ALTER CONSTRAINT c NOT DEFERRABLE, ADD COLUMN ,, x;");
        assert_eq!(broken.unread.len(), 1);
    }

    use super::*;

    fn schema() -> Schema {
        let mut s = Schema::default();
        s.apply_statements(
            statements(
                "CREATE TABLE messages (id INT, sender INT, body TEXT);
             CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
             CREATE TABLE crm_notes (member_id INT, note TEXT);",
            )
            .statements,
        );
        s
    }

    fn outputs(sql: &str) -> Vec<(Option<String>, Vec<String>)> {
        let a = analyse(sql, &schema()).expect("parses");
        a.outputs
            .iter()
            .map(|o| (o.name.clone(), o.src.columns.iter().map(|c| format!("{}.{}", c.table.1, c.name)).collect()))
            .collect()
    }

    #[test]
    fn outputs_follow_columns_not_aliases() {
        let body = || vec!["messages.body".to_string()];
        assert_eq!(outputs("SELECT m.sent AS body, body AS x FROM messages m")[1], (Some("x".into()), body()));
        assert_eq!(outputs("SELECT count(*), string_agg(body, ',') FROM messages")[1].1, body());
        assert!(outputs("SELECT count(*) FROM messages")[0].1.is_empty());
        assert_eq!(outputs("SELECT * FROM messages").len(), 3, "expanded from the schema");
        let shadowed = "WITH messages AS (SELECT note AS body FROM crm_notes) SELECT body FROM messages";
        assert_eq!(outputs(shadowed)[0].1, vec!["crm_notes.note".to_string()]);
        assert_eq!(outputs("SELECT t.x FROM (SELECT body AS x FROM messages) t")[0].1, body());
    }

    #[test]
    fn writes_name_their_parameters_and_copies() {
        let a = analyse("INSERT INTO crm_notes (member_id, note) VALUES (?, ?)", &schema()).expect("parses");
        assert_eq!(a.bound, vec![(1, key(None, "crm_notes")), (2, key(None, "crm_notes"))]);
        let a = analyse("UPDATE crm_notes SET note = note || $1 WHERE member_id = $2", &schema()).expect("parses");
        assert_eq!(a.bound, vec![(1, key(None, "crm_notes"))]);
        let a = analyse("INSERT INTO crm_notes (member_id, note) SELECT sender, body FROM messages", &schema())
            .expect("parses");
        assert_eq!(a.copies.len(), 2);
        assert!(analyse("SELEC body FROM messages", &schema()).is_err());
    }
}

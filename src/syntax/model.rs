//! The compact model a parsed file is lowered to. The `syn` AST is dropped right
//! after lowering; everything later phases need lives here, in small arenas
//! (function bodies are flat vectors indexed by [`ExprId`] / [`PatId`], so
//! neither building nor dropping them recurses).

use smol_str::SmolStr;
use thin_vec::ThinVec;

pub use crate::diag::Span;

/// The last segment of a `::`-separated path (`Arc` of `std::sync::Arc`): a byte search,
/// as paths are split on the hot paths of the flow.
pub fn last_segment(path: &str) -> &str {
    // A plain loop: paths are short, and the flow asks this of every type it derefs
    // (`rfind` went through `memrchr`, 4% of the flow's instructions on tuwunel).
    path.bytes().rposition(|b| b == b':').map_or(path, |i| &path[i + 1..])
}

/// The first segment of a `::`-separated path (`std` of `std::sync::Arc`).
pub fn first_segment(path: &str) -> &str {
    path.find(':').map_or(path, |i| &path[..i])
}

/// A string literal argument with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpannedStr {
    pub value: String,
    pub span: Span,
}

/// A lowered source file.
#[derive(Debug, Default, Clone)]
pub struct FileModel {
    pub items: Vec<Item>,
    /// Item extents, for files holding suppression comments.
    pub outline: Option<super::Outline>,
    /// `include!`s in expressions that were not analysed.
    pub unincluded: Vec<Unincluded>,
    /// `macro_rules!` definitions (recorded on the first parse, without expansion).
    pub macro_defs: Vec<MacroDef>,
    /// The top-level items that invoke macros other than the usual std and logging ones (on
    /// the first parse): only those are parsed again when one of them is the workspace's.
    pub macro_sites: Vec<MacroSite>,
    /// Invocations of workspace macros that could not be expanded (on the parse with expansion).
    pub unexpanded: Vec<Unexpanded>,
    /// When it has sites or bodies left for later: the file's text as parsed, comments and
    /// test code blanked (newlines and offsets kept), items left for later included, to parse
    /// them from.
    pub blanked: Option<std::sync::Arc<str>>,
    /// The function bodies the first parse left empty ([`LazyBody`]); `blanked` holds them.
    pub lazy: Vec<LazyBody>,
    /// Its `#![recursion_limit = "N"]`, which a crate's root file may set.
    pub recursion_limit: Option<usize>,
}

/// A function body the first parse of its file left empty, to lower alone later (see
/// [`crate::syntax::lower_lazy`]): its span (braces included, offsets in the file) and the
/// body its function holds until then (the parameters' patterns only).
#[derive(Debug, Clone)]
pub struct LazyBody {
    pub span: Span,
    pub body: std::sync::Arc<Body>,
}

/// A top-level item that invokes macros.
#[derive(Debug, Clone)]
pub struct MacroSite {
    /// Where it is written in the file.
    pub span: Span,
    /// The items of [`FileModel::items`] it was lowered to.
    pub items: std::ops::Range<usize>,
    /// The last path segment of each macro it invokes (not the usual std and logging ones).
    pub calls: Vec<String>,
    /// Which of those usual ones it invokes (bits of their indices; see [`MacroSite::invokes`]).
    pub external: u64,
    /// It was left out of the first parse (see [`super::blank::blank_deferring`]): it
    /// must be parsed again whatever macros the workspace has.
    pub deferred: bool,
}

impl MacroSite {
    /// The last path segment of every macro it invokes.
    pub fn invokes<'a>(&'a self) -> impl Iterator<Item = &'a str> + 'a {
        let external = super::macros::externals(self.external).map(|n: &'static str| -> &'a str { n });
        self.calls.iter().map(String::as_str).chain(external)
    }
}

/// A `macro_rules!` definition.
#[derive(Debug, Clone)]
pub struct MacroDef {
    pub name: String,
    /// Its name where it is defined.
    pub span: Span,
    /// `#[macro_export]`: usable as `crate::name!` in its crate and `krate::name!` in others.
    pub exported: bool,
    /// The rules as tokens (`(..) => {..}; ..`).
    pub rules: String,
    /// The inline modules of the file it is visible in after its definition: those it is
    /// defined in, less the `#[macro_use]` ones it leaves (empty: the file's module).
    pub module: Vec<String>,
}

/// An invocation of a workspace macro that was not expanded, and why.
#[derive(Debug, Clone)]
pub struct Unexpanded {
    pub span: Span,
    /// The macro as invoked (`make_handler!`).
    pub name: String,
    /// The macro written in the file whose expansion invoked it, if not this one.
    pub inside: Option<String>,
    pub why: String,
}

impl Unexpanded {
    /// What an `analysis-limit` finding says of it.
    pub fn message(&self) -> String {
        let inside = self.inside.as_ref().map(|outer| format!(" (in the expansion of `{outer}`)")).unwrap_or_default();
        format!("the macro `{}` is not expanded{inside}: {}", self.name, self.why)
    }

    /// The help of that finding.
    pub const HELP: &'static str =
        "the code it would generate is not analysed (the rest is); see docs/flow.md for what redline expands";

    /// The label of that finding, at the invocation.
    pub const LABEL: &'static str = "not expanded";
}

/// An `include!` whose code is not analysed, and why.
#[derive(Debug, Clone)]
pub struct Unincluded {
    pub span: Span,
    /// The macro's argument as written (`"gen.rs"`, `concat!(env!("OUT_DIR"), ..)`).
    pub what: String,
    pub why: String,
    /// It names a file literally (that could not be read or parsed); else it is computed
    /// (a build output, usually).
    pub literal: bool,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub name: String,
    pub span: Span,
    pub is_pub: bool,
    pub attrs: Attrs,
    pub kind: ItemKind,
}

/// The attributes redline cares about.
#[derive(Debug, Default, Clone)]
pub struct Attrs {
    /// `#[cfg(test)]` (anywhere inside a `cfg(...)` predicate).
    pub cfg_test: bool,
    /// `#[test]`, `#[tokio::test]`, `#[bench]` and the like.
    pub is_test: bool,
    /// `#[path = "..."]` on a `mod` declaration.
    pub path: Option<String>,
    /// `#[macro_use]` (on a `mod` declaration: its macros stay visible after it).
    pub macro_use: bool,
    /// `path = "..."` inside `#[cfg_attr(..)]`s on a `mod` declaration.
    pub cfg_paths: Vec<String>,
    /// Attributes that may be redline annotations (decided during resolution).
    pub annotations: Vec<AnnotationAttr>,
    /// What database code needs of the item, when it says anything (see [`DbInfo`]).
    pub db: Option<Box<DbInfo>>,
}

/// What database code needs of an item: the derives and `diesel`/`sea_orm`/`sqlx`
/// attributes of model structs and their fields (also inside `cfg_attr`, whose
/// predicate is not evaluated), a string constant's text, and the tables and
/// columns diesel's `table!` declares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DbInfo {
    /// Database derives (`Queryable`, `Insertable`, `FromRow`, `DeriveEntityModel`...).
    pub derives: Vec<String>,
    /// `#[diesel(table_name = x)]` (its last segment) or `#[sea_orm(table_name = "x")]`.
    pub table_name: Option<String>,
    /// `#[diesel(column_name = x)]`, `#[sea_orm(column_name = "x")]`, `#[sqlx(rename = "x")]`.
    pub column_name: Option<String>,
    /// A `const` or `static` whose value is a string known at compile time (a literal or
    /// `concat!` of literals): SQL text, when a query runs it.
    pub text: Option<SpannedStr>,
    /// An item diesel's `table!` expands to.
    pub schema: Option<SchemaItem>,
}

/// What diesel's `table!` declares (names as in the database).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaItem {
    /// `messages::table`: the table, with its columns in declaration order.
    Table { schema: Option<String>, name: String, columns: Vec<String> },
    /// `messages::body`: a column of the table, with its SQL type as written
    /// (`Nullable<Text>`).
    Column { schema: Option<String>, table: String, name: String, sql_type: String },
}

/// An attribute or macro invocation that may be a redline annotation: its
/// last path segment names one, or its path has a prefix that may be the
/// annotations crate (`redline::date`). Resolution decides whether it is
/// redline's.
#[derive(Debug, Clone)]
pub struct AnnotationAttr {
    /// The path as written.
    pub path: Vec<String>,
    /// The whole attribute or invocation.
    pub span: Span,
    /// The path, and its last segment: where the compiler's own errors point.
    pub path_span: Span,
    pub name_span: Span,
    /// What it says, read as the annotations crate (or the compiler) reads it
    /// where it is written, or everything they reject about it there. No
    /// errors for an unknown name (the policy says so, with the closest name).
    pub args: Result<Annotation, Vec<Malformed>>,
}

#[derive(Debug, Clone)]
pub struct Malformed {
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Annotation {
    Data {
        category: SpannedStr,
        purposes: Option<Vec<SpannedStr>>,
    },
    Purpose(Vec<SpannedStr>),
    Declassify {
        from: SpannedStr,
        reason: SpannedStr,
    },
    Classified,
    /// `consent` (`opt_out` false) or `opt_out` on a `bool` function or field.
    Guard {
        opt_out: bool,
        purposes: Vec<SpannedStr>,
        categories: Vec<SpannedStr>,
        reason: Option<SpannedStr>,
    },
}

#[derive(Debug, Clone)]
pub enum ItemKind {
    Fn(FnDef),
    Struct(AdtDef),
    Enum(EnumDef),
    TypeAlias {
        generics: Vec<String>,
        ty: Ty,
    },
    Use(Vec<UseEntry>),
    Impl(ImplDef),
    Trait(TraitDef),
    Mod(ModDef),
    Const {
        ty: Ty,
    },
    /// A `static` (or `static mut`), and the statics `thread_local!` and `lazy_static!`
    /// declare: one value the whole program shares, with its initializer.
    Static {
        ty: Ty,
        init: Body,
    },
    /// An annotation that belongs to no item the model keeps: a
    /// `module_purpose!` among a module's items, or an attribute or macro
    /// where no annotation applies (an error if redline's).
    Annotation(AnnotationAttr),
    /// `include!(..)` in item position: the file's items belong here. `Ok`: the path
    /// written; `Err`: the argument, when it is not a string literal.
    Include(Result<String, String>),
    ExternCrate {
        name: String,
    },
}

#[derive(Debug, Clone)]
pub struct FnDef {
    pub sig: Signature,
    /// Always present: parameter patterns live in its arena. Empty for trait
    /// methods without a default body (`has_body` false). Shared: a model kept between
    /// loads (`load::Cache`) is copied without copying its bodies.
    pub body: std::sync::Arc<Body>,
    pub has_body: bool,
}

#[derive(Debug, Default, Clone)]
pub struct Signature {
    pub generics: Generics,
    pub receiver: Option<Receiver>,
    pub params: Vec<Param>,
    pub ret: Option<Ty>,
    pub is_async: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Receiver {
    pub by_ref: bool,
    pub mutable: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub pat: PatId,
    pub ty: Ty,
    pub span: Span,
}

/// Generic parameters with the trait bounds written on them (inline or in `where`).
#[derive(Debug, Default, Clone)]
pub struct Generics {
    pub params: Vec<(String, Vec<TyPath>)>,
    /// Bounds in `where` on a name the item does not declare: a parameter of the enclosing
    /// impl, `Self`, or a type (`where Member: Clone`), which stays that type.
    pub where_only: Vec<(String, Vec<TyPath>)>,
}

#[derive(Debug, Clone)]
pub struct AdtDef {
    pub generics: Generics,
    pub fields: Fields,
}

#[derive(Debug, Clone)]
pub enum Fields {
    Named(Vec<FieldDef>),
    Tuple(Vec<FieldDef>),
    Unit,
}

impl Fields {
    pub fn iter(&self) -> std::slice::Iter<'_, FieldDef> {
        match self {
            Fields::Named(f) | Fields::Tuple(f) => f.iter(),
            Fields::Unit => [].iter(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct FieldDef {
    /// Field name, or its index for tuple fields.
    pub name: String,
    pub span: Span,
    pub ty: Ty,
    pub attrs: Attrs,
}

#[derive(Debug, Clone)]
pub struct EnumDef {
    pub generics: Generics,
    pub variants: Vec<VariantDef>,
}

#[derive(Debug, Clone)]
pub struct VariantDef {
    pub name: String,
    pub span: Span,
    pub fields: Fields,
    pub attrs: Attrs,
}

#[derive(Debug, Clone)]
pub struct UseEntry {
    /// The full path, e.g. `["crate", "a", "B"]`; `self` at the end is removed.
    pub path: Vec<String>,
    /// The name it binds; `None` for a glob import.
    pub alias: Option<String>,
    /// `use ::krate::...`
    pub global: bool,
    pub is_pub: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ImplDef {
    pub generics: Generics,
    pub trait_path: Option<TyPath>,
    pub self_ty: Ty,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone)]
pub struct TraitDef {
    pub generics: Generics,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone)]
pub struct ModDef {
    /// `Some` for `mod x { ... }`, `None` for `mod x;`.
    pub inline: Option<Vec<Item>>,
}

/// A type as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Path(TyPath),
    Ref {
        mutable: bool,
        inner: Box<Ty>,
    },
    Tuple(Vec<Ty>),
    /// Slices and arrays.
    Slice(Box<Ty>),
    /// `impl A + B` (`dyn` too): the bounds.
    Bounds(Vec<TyPath>),
    Infer,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TyPath {
    pub global: bool,
    pub segments: Vec<SmolStr>,
    /// Generic arguments of every segment, flattened (`Result<A, B>` → `[A, B]`), and
    /// associated type bindings (`Iterator<Item = A>` → `[A]`).
    pub args: Vec<Ty>,
    /// `<T as Trait>::X` and similar qualified paths are not followed.
    pub qualified: bool,
}

pub type ExprId = u32;
pub type PatId = u32;

/// A function body (or a const initializer): flat arenas.
#[derive(Debug, Default, Clone)]
pub struct Body {
    pub exprs: Vec<Expr>,
    pub pats: Vec<Pat>,
    /// The root block.
    pub root: ExprId,
    /// Parts of the body that were not analysed (too deeply nested), for the report.
    pub truncated: bool,
    /// Invocations of workspace macros whose expansions are lowered in this body (all of it,
    /// for a function a macro generates): their spans and the macros' names.
    pub generated: Vec<(Span, String)>,
    /// Invocations of workspace macros in this body that could not be expanded.
    pub unexpanded: Vec<Unexpanded>,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

// Every function body lives until the flow ends, as tens of thousands of these: an
// expression's lists are `ThinVec`s (a pointer wide) to keep it at 40 bytes.
const _: () = assert!(std::mem::size_of::<Expr>() <= 40);

#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A path of one identifier, without `::` or generic arguments: a local most often (the
    /// commonest expression; kept inline, without the box and vector a path needs).
    Name(SmolStr),
    Path(Box<TyPath>),
    Lit(Lit),
    Call {
        func: ExprId,
        args: ThinVec<ExprId>,
    },
    MethodCall {
        receiver: ExprId,
        method: Box<str>,
        args: ThinVec<ExprId>,
    },
    Field {
        base: ExprId,
        name: String,
    },
    Struct {
        path: Box<TyPath>,
        fields: ThinVec<(String, ExprId)>,
        rest: Option<ExprId>,
    },
    Tuple(ThinVec<ExprId>),
    Array(ThinVec<ExprId>),
    Block {
        stmts: ThinVec<Stmt>,
        tail: Option<ExprId>,
        is_async: bool,
    },
    If {
        cond: ExprId,
        then: ExprId,
        els: Option<ExprId>,
    },
    Let {
        pat: PatId,
        expr: ExprId,
    },
    Match {
        scrutinee: ExprId,
        arms: ThinVec<Arm>,
    },
    For {
        pat: PatId,
        iter: ExprId,
        body: ExprId,
    },
    Loop {
        cond: Option<ExprId>,
        body: ExprId,
    },
    Closure {
        params: ThinVec<(PatId, Option<Ty>)>,
        body: ExprId,
    },
    Ref(ExprId),
    Deref(ExprId),
    /// Operators whose result is computed from the operands (`a + b`, `-a`, `a[i]`).
    Arith(ThinVec<ExprId>),
    /// Comparisons: the result carries nothing.
    Compare(ThinVec<ExprId>),
    /// `!a`, `a && b`, `a || b` and `a == b`: the result carries nothing, but guards
    /// (consent checks) read which way each operand went.
    Logic(LogicOp, ThinVec<ExprId>),
    /// `lhs = rhs`, or `lhs += rhs` and the like when `compound`.
    Assign {
        lhs: ExprId,
        rhs: ExprId,
        compound: bool,
    },
    Try(ExprId),
    Await(ExprId),
    Return(Option<ExprId>),
    Break(Option<ExprId>),
    Continue,
    Cast {
        expr: ExprId,
        ty: Box<Ty>,
    },
    Index {
        base: ExprId,
        index: ExprId,
    },
    /// A macro invocation; `args` are the parts that parsed as expressions. For a
    /// formatting macro or `dbg!`, `formats` says how each is formatted ([`super::format_args`]'s
    /// bits; empty when none is known).
    Macro {
        path: ThinVec<String>,
        args: ThinVec<ExprId>,
        formats: ThinVec<u8>,
    },
    /// Anything else: its sub-expressions are still analysed.
    Other(ThinVec<ExprId>),
}

/// The operator of [`ExprKind::Logic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicOp {
    Not,
    And,
    Or,
    Eq,
}

/// A literal's value, for the analyses that read them (SQL text, guard arguments).
#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Str(String),
    /// `None` past `u64` (a `u128` would align, and so enlarge, every expression).
    Int(Option<u64>),
    Bool(bool),
    Char(char),
    /// Floats, byte strings, C strings.
    Other,
}

#[derive(Debug, Clone)]
pub enum Stmt {
    Let { pat: PatId, ty: Option<Box<Ty>>, init: Option<ExprId>, els: Option<ExprId> },
    Expr(ExprId),
}

#[derive(Debug, Clone)]
pub struct Arm {
    pub pat: PatId,
    pub guard: Option<ExprId>,
    pub body: ExprId,
}

#[derive(Debug, Clone)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum PatKind {
    Bind {
        name: String,
        sub: Option<PatId>,
    },
    Tuple(Vec<PatId>),
    TupleStruct {
        path: Box<TyPath>,
        elems: Vec<PatId>,
    },
    Struct {
        path: Box<TyPath>,
        fields: Vec<(String, PatId)>,
    },
    Ref(PatId),
    /// Slice patterns: every element binds an element of the scrutinee.
    Slice(Vec<PatId>),
    Or(Vec<PatId>),
    Typed {
        pat: PatId,
        ty: Box<Ty>,
    },
    /// `true` or `false`: binds nothing, matches one answer of a guard.
    Bool(bool),
    /// Wildcards, other literals, ranges, paths: bind nothing.
    Ignore,
}

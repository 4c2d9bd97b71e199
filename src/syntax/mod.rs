//! Phase 2: parse one file with `syn`, lower it to the compact [`model`], drop the AST.

mod annotate;
mod bare;
mod blank;
mod db;
mod delims;
pub mod format_args;
pub mod lex;
mod lower;
pub mod macros;
pub mod model;
mod outline;
mod statics;

pub use lower::{check_name, IncludeReader};
pub use model::*;
pub use outline::Outline;
pub use redline_grammar::is_test_only;
use std::collections::HashSet;

mod scan;
mod signatures;
mod simple_expr;

pub use scan::{Exceeded, MAX_CHAIN, MAX_INT_DIGITS, MAX_INT_WORK, MAX_NESTING, MAX_TOKENS};

/// Collecting into a vector of exactly the items' length. `collect()` gives a vector built
/// from an iterator whose length it cannot trust room for at least four items, and the model
/// holds some hundred thousand short vectors (path segments, arguments, fields) until the
/// flow ends: on lemmy that slack was a tenth of the peak heap.
pub(crate) trait CollectExact: Iterator + Sized {
    fn collect_exact(self) -> Vec<Self::Item> {
        let mut v = Vec::with_capacity(self.size_hint().0);
        v.extend(self);
        v.shrink_to_fit();
        v
    }

    /// The same into a [`thin_vec::ThinVec`] (a pointer wide: an expression's lists are).
    fn collect_thin(self) -> thin_vec::ThinVec<Self::Item> {
        let mut v = thin_vec::ThinVec::with_capacity(self.size_hint().0);
        v.extend(self);
        v.shrink_to_fit();
        v
    }
}

impl<I: Iterator> CollectExact for I {}

/// What a file must contain to hold a suppression comment (`// redline:allow(..) reason`).
pub const SUPPRESSION_MARKER: &str = "redline:allow";

#[derive(Debug)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

/// Parses and lowers one file. Call it on a thread with a generous stack (the
/// loader does): the file is checked against the limits of [`scan`] before `syn` sees it.
pub fn parse_file(text: &str) -> Result<FileModel, SyntaxError> {
    parse_file_with(text, None)
}

/// [`parse_file`], reading the files `include!`s in expressions name with `include`
/// (without it they are recorded as not analysed).
pub fn parse_file_with(text: &str, include: Option<IncludeReader<'_>>) -> Result<FileModel, SyntaxError> {
    parse(text, include, None, None)
}

/// [`parse_file_with`] for the loader, which parses again the [`MacroSite`]s the model
/// marks `deferred` once it knows the workspace's macros: the top-level items whose
/// function bodies invoke a macro named in `macros` (the names `macro_rules!` defines in the
/// workspace) are left out here (see [`blank::blank_deferring`]), so that no code is parsed
/// twice. `lazily`: also leaving empty the function bodies that lower alone
/// ([`FileModel::lazy`]), which [`lower_lazy`] lowers.
pub fn parse_file_deferring(
    text: &str,
    include: Option<IncludeReader<'_>>,
    macros: &HashSet<String>,
    lazily: bool,
) -> Result<FileModel, SyntaxError> {
    parse(text, include, None, Some((macros, lazily)))
}

/// Lowers a body the first parse of its file left empty, from `text` (the file's
/// [`FileModel::blanked`]); `None` when it does not parse, or lowers to more than a body (the
/// file must then be parsed whole, as without leaving bodies). Call [`forget_spans_beyond`]
/// after each, and [`forget_spans`] on every thread once all are lowered.
pub fn lower_lazy(text: &str, lazy: &LazyBody) -> Option<Body> {
    let lo = lazy.span.lo as usize;
    let src = text.get(lo..lazy.span.hi as usize)?;
    held(src.len());
    let block = syn::parse_str::<syn::Block>(src).ok()?;
    lower::Lowerer::new(lo, src, None, None).lazy_body(&block, lazy)
}

/// [`parse_file_with`], expanding the invocations of the macros `macros` finds.
pub fn parse_file_expanding(
    text: &str,
    include: Option<IncludeReader<'_>>,
    macros: &dyn macros::MacroScope,
) -> Result<FileModel, SyntaxError> {
    parse(text, include, Some(macros), None)
}

/// Parses the part `site` of a file again (top-level items, a [`MacroSite`]), expanding the
/// invocations of the macros `macros` finds; spans stay offsets in the whole file. `text` is
/// the [`FileModel::blanked`] of the parse that found the site: checked against the limits
/// of [`scan`] then (and a top-level item starts afresh), its comments and test code blanked. Call
/// [`forget_spans_beyond`] once the file's sites are parsed, and [`forget_spans`] on every
/// thread once all are.
pub fn parse_site_expanding(
    text: &str,
    site: Span,
    include: Option<IncludeReader<'_>>,
    macros: &dyn macros::MacroScope,
) -> Result<FileModel, SyntaxError> {
    let lo = site.lo as usize;
    let Some(src) = text.get(lo..site.hi as usize) else {
        return Err(SyntaxError { message: "the item is not where it was".into(), span: site });
    };
    held(src.len());
    let result = match syn::parse_str::<syn::File>(src) {
        Ok(file) => Ok(lower::Lowerer::new(lo, src, include, Some(macros)).site(&file.items)),
        Err(e) => Err(SyntaxError { message: e.to_string(), span: site }),
    };
    result
}

/// Most bytes of text the sites parsed on one thread (and the macro rules read there) keep
/// in `proc_macro2`'s memory of spans before [`forget_spans_beyond`] frees it: the rules of
/// the macros the sites invoke are read again only after that many (read once per file, they
/// were 6% of a check of tuwunel).
pub const SPAN_MEMORY: usize = 1 << 18;

thread_local! {
    /// Bytes of text `proc_macro2` keeps on this thread since its spans were last forgotten.
    static HELD: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `bytes` of text given to `proc_macro2` on this thread (it keeps a copy).
pub(crate) fn held(bytes: usize) {
    HELD.with(|h| h.set(h.get().saturating_add(bytes)));
}

/// Frees this thread's memory of the spans of the files parsed on it (they are resolved to
/// offsets by then), and with it the macro rules read from them.
pub fn forget_spans() {
    HELD.with(|h| h.set(0));
    macros::forget_rules();
    proc_macro2::extra::invalidate_current_thread_spans();
}

/// [`forget_spans`] once this thread keeps over [`SPAN_MEMORY`] bytes of text.
pub fn forget_spans_beyond() {
    if HELD.with(|h| h.get()) > SPAN_MEMORY {
        forget_spans();
    }
}

fn parse(
    text: &str,
    include: Option<IncludeReader<'_>>,
    macros: Option<&dyn macros::MacroScope>,
    defer: Option<(&HashSet<String>, bool)>,
) -> Result<FileModel, SyntaxError> {
    // 2015/2018 `Box<Fn(u8)>`: read as `Box<Fn    >` (same offsets).
    let repaired = bare::blank_bare_closure_traits(text);
    parse_repaired(repaired.as_deref().unwrap_or(text), include, macros, defer)
}

/// [`parse`] of a text whose bare closure traits are blanked already (a whole parse after
/// a deferring one does not look for them again).
fn parse_repaired(
    text: &str,
    include: Option<IncludeReader<'_>>,
    macros: Option<&dyn macros::MacroScope>,
    defer: Option<(&HashSet<String>, bool)>,
) -> Result<FileModel, SyntaxError> {
    let mut base = 0;
    let mut src = text;
    if let Some(rest) = src.strip_prefix('\u{feff}') {
        base += 3;
        src = rest;
    }
    if src.starts_with("#!") && !src[2..].trim_start().starts_with('[') {
        let end = src.find('\n').unwrap_or(src.len());
        base += end;
        src = &src[end..];
    }
    let suppressions = src.contains(SUPPRESSION_MARKER);
    let defer = defer.filter(|_| !suppressions);
    // The tokens of the limits' scan, for the blanking that leaves items for later.
    let toks = match defer {
        Some(_) => scan::scan_tokens(src),
        None => scan::scan(src).map(|()| None),
    };
    let toks = toks.map_err(|e| limit_error(src, base, e))?;
    // Comments and test code are not analysed: `syn` does not see them. (Suppressions are
    // placed by the statements around them: a file with one is parsed whole.)
    let (blanked, deferred, lazy, first) = match defer {
        Some((names, lazily)) => {
            let b = blank::blank_deferring(src, names, toks, lazily);
            let first = b.first_parse_text();
            (b.text, b.deferred, b.lazy, Some(first))
        }
        _ => (blank::blank(src, blank::Bodies::TestOnly), Vec::new(), Vec::new(), None),
    };
    let src = first.as_deref().unwrap_or(&blanked);
    let result = match syn::parse_file(src) {
        Ok(file) => {
            // Lines and columns are the same in the text parsed and in `blanked` (see
            // [`blank::Blanked::first_parse_text`]), where they are made offsets.
            let lowerer = lower::Lowerer::new(base, &blanked, include, macros).leaving(lazy);
            let (mut model, complete) = lowerer.file_deferred(&file, &deferred);
            if !complete {
                forget_spans();
                return parse_repaired(text, include, macros, None);
            }
            if suppressions {
                model.outline = Some(Outline::of(&file));
            }
            if !model.macro_sites.is_empty() || !model.lazy.is_empty() {
                model.blanked = Some(match base {
                    0 => blanked.as_str().into(),
                    _ => format!("{}{blanked}", &text[..base]).into(),
                });
            }
            Ok(model)
        }
        // Said of the whole file, as without deferring (an error may be in an item left out),
        // where the error's offsets are the file's.
        Err(_) if first.is_some() => {
            forget_spans();
            return parse_repaired(text, include, macros, None);
        }
        Err(e) => {
            let mut message = e.to_string();
            let mut r = e.span().byte_range();
            // syn's lexer only says "cannot parse string into token stream": say which bracket.
            if message.starts_with("cannot parse string") {
                if let Some((at, m)) = delims::problem(src) {
                    (r, message) = (at..at + 1, m);
                }
            }
            let at = (base + r.start).min(text.len());
            Err(SyntaxError { message, span: Span::new(at, (base + r.end).min(text.len()).max(at)) })
        }
    };
    // Spans are resolved: free this thread's source map before the next file.
    forget_spans();
    result
}

/// Parses a dependency's file for its items and signatures only: function bodies are
/// dropped before `syn` parses it (see [`signatures`]), so the model's functions have
/// empty bodies. Same limits as [`parse_file`].
pub fn parse_signatures(text: &str) -> Result<FileModel, SyntaxError> {
    let repaired = bare::blank_bare_closure_traits(text);
    let text = repaired.as_deref().unwrap_or(text);
    let src = text.strip_prefix('\u{feff}').unwrap_or(text);
    let base = text.len() - src.len();
    nesting_check(src, base)?;
    let blanked = blank::blank(src, blank::Bodies::AllFunctions);
    let parsed = blanked
        .parse::<proc_macro2::TokenStream>()
        .map_err(|e| e.to_string())
        .and_then(|tokens| syn::parse2::<syn::File>(signatures::strip_bodies(tokens)).map_err(|e| e.to_string()));
    let result = match parsed {
        Ok(file) => Ok(lower::Lowerer::new(base, src, None, None).file(&file)),
        Err(message) => Err(SyntaxError { message, span: Span::new(base, base) }),
    };
    forget_spans();
    result
}

/// The limits of [`scan`] (nesting, tokens, literal length), as a syntax error.
fn nesting_check(src: &str, base: usize) -> Result<(), SyntaxError> {
    scan::scan(src).map_err(|e| limit_error(src, base, e))
}

/// A limit of [`scan`] `src` exceeds, as a syntax error (`src` starts at `base`).
fn limit_error(src: &str, base: usize, e: scan::Exceeded) -> SyntaxError {
    let at = base + e.at();
    SyntaxError { message: e.describe(src), span: Span::new(at, at + 1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_a_small_file() {
        let m = parse_file("fn f(a: u8) -> u8 { let b = a + 1; b }").expect("parses");
        assert_eq!(m.items.len(), 1);
        let ItemKind::Fn(f) = &m.items[0].kind else { panic!("not a fn") };
        assert_eq!(f.sig.params.len(), 1);
        assert!(f.has_body);
    }

    #[test]
    fn keeps_literal_values() {
        let m = parse_file(r#"fn f() { q("SELECT body FROM messages", 42, true, 'x', 1.5, 1000000000000000000000000000000000000000); }"#)
            .expect("parses");
        let ItemKind::Fn(f) = &m.items[0].kind else { panic!("not a fn") };
        let lits: Vec<&Lit> = f
            .body
            .exprs
            .iter()
            .filter_map(|e| match &e.kind {
                ExprKind::Lit(l) => Some(l),
                _ => None,
            })
            .collect();
        assert_eq!(
            lits,
            [
                &Lit::Str("SELECT body FROM messages".into()),
                &Lit::Int(Some(42)),
                &Lit::Bool(true),
                &Lit::Char('x'),
                &Lit::Other,
                &Lit::Int(None)
            ]
        );
    }

    #[test]
    fn lowers_macro_arguments_as_expressions() {
        let m = parse_file(
            r#"fn f() { info!(%u.email, user = ?u.name, count: n, x, "no captures", self, true, -1, r#type, a + b); }"#,
        )
        .expect("parses");
        let ItemKind::Fn(f) = &m.items[0].kind else { panic!("not a fn") };
        let exprs = &f.body.exprs;
        let args = exprs
            .iter()
            .find_map(|e| match &e.kind {
                ExprKind::Macro { args, .. } => Some(args),
                _ => None,
            })
            .expect("a macro");
        let shape = |id: ExprId| match &exprs[id as usize].kind {
            ExprKind::Name(n) => format!("name {n}"),
            ExprKind::Path(p) => format!("path {}", p.segments.join("::")),
            ExprKind::Field { name, .. } => format!("field {name}"),
            ExprKind::Lit(l) => format!("{l:?}"),
            other => format!("{other:?}").split([' ', '(', '{']).next().unwrap_or_default().to_string(),
        };
        let shapes: Vec<String> = args.iter().map(|&a| shape(a)).collect();
        assert_eq!(
            shapes,
            [
                "field email",
                "field name",
                "name n",
                "name x",
                "name self",
                "Bool(true)",
                "Arith",
                "name r#type",
                "Arith"
            ]
        );
    }

    #[test]
    fn rejects_deep_nesting_without_recursing() {
        let src = format!("fn f() {{ let x = {}1{}; }}", "(".repeat(100_000), ")".repeat(100_000));
        let err = parse_file(&src).expect_err("too deep");
        assert!(err.message.contains("nested"));
        let src = format!("fn f() {{ let x = {}y; }}", "!".repeat(100_000));
        assert!(parse_file(&src).is_err());
    }

    #[test]
    fn many_items_with_macro_calls_are_placed_in_one_pass() {
        // Each item's emptied bodies were looked for among all the file's.
        let src = "fn a() { m!() }\n".repeat(20_000);
        let macros: HashSet<String> = ["m".to_string()].into();
        let m = parse_file_deferring(&src, None, &macros, false).expect("parses");
        // Each left out of this parse: a site lowered to no item yet, after the one before.
        assert_eq!((m.items.len(), m.macro_sites.len()), (0, 20_000));
        assert!(m.macro_sites.iter().all(|s| s.deferred && s.calls == ["m"] && s.items == (0..0)));
        assert!(m.macro_sites.windows(2).all(|w| w[0].span.hi == w[1].span.lo));
    }

    #[test]
    fn spans_are_file_offsets_after_a_bom() {
        let m = parse_file("\u{feff}fn hello() {}").expect("parses");
        assert_eq!(m.items[0].span, Span { lo: 6, hi: 11 });
    }
}

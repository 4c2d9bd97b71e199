//! What `syn` never needs to see, replaced by spaces before it parses a file (newlines and
//! every byte offset kept, so spans and line numbers stay where they were): comments (the
//! lexer would turn each doc comment into a `#[doc]` attribute), the insides of test-only
//! functions, modules, impls and traits (`#[cfg(test)]`, `#[test]`: not analysed, and often
//! half of a service's text), for a dependency's signatures every function body, and for
//! the loader's first parse the items it parses later ([`blank_deferring`]).

use super::lex::{tokens_without_newlines, Tok, Token};
use std::collections::HashSet;

/// Which bodies [`blank`] empties besides those of test-only items.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Bodies {
    /// Only test code's: the file is analysed.
    TestOnly,
    /// Every function's: only the signatures are read.
    AllFunctions,
}

/// `src` with its comments and the insides of the item bodies `bodies` names replaced by
/// spaces. Brackets must balance (the [`super::scan`] limits are checked before); an
/// unclosed body is blanked to the end.
pub fn blank(src: &str, bodies: Bodies) -> String {
    blank_with(src, bodies, None, None).0
}

/// A top-level item [`blank_deferring`] emptied: the loader parses it once it knows the
/// workspace's macros (see `load::macros`).
#[derive(Debug, Clone)]
pub struct Deferred {
    /// From the end of the item before (its attributes, doc comments and head included) to
    /// the end of its last token: offsets in the text blanked.
    pub lo: usize,
    pub hi: usize,
    /// The last path segment of each macro invoked in its function bodies.
    pub calls: Vec<String>,
}

/// A function body [`blank_deferring`] emptied.
#[derive(Debug, Clone)]
pub struct Lazy {
    /// From its `{` to after its `}`: offsets in the text blanked.
    pub lo: usize,
    pub hi: usize,
    /// The last path segment of each macro it invokes, recorded for its item as its lowering
    /// would record them (the search for macro names is a hint, and a workspace macro it
    /// missed makes the item parsed again); also those in `quote!` and in macro inputs the
    /// lowering does not parse, which only makes such an item parsed again.
    pub calls: Vec<String>,
}

/// What [`blank_deferring`] made of a file.
pub struct Blanked {
    /// The file's text with its comments and test code blanked.
    pub text: String,
    /// The top-level items the first parse leaves for later.
    pub deferred: Vec<Deferred>,
    /// The function bodies the first parse leaves empty, to be parsed while names are
    /// resolved ([`lazy_body`]), in order; none unless asked for.
    pub lazy: Vec<Lazy>,
    /// The ranges of `text` blanked (in no order; some inside others).
    blanked: Vec<(usize, usize)>,
}

/// [`blank`] of test code and comments, and the top-level items (a function, an impl, a
/// trait) in which a function invokes a macro named like one of the workspace's (`macros`),
/// for the first parse to leave out ([`Blanked::first_parse_text`]): those items would be
/// parsed twice, once then and once with the macros expanded, and half of a service's code
/// can be in them. Not an item that declares a module, defines a macro or includes a file
/// (what the first parse must see).
/// `toks`: the file's tokens as [`super::scan::scan_tokens`] gives them, if it did.
/// `lazily`: also leaving out the insides of the outermost function bodies that need nothing
/// but themselves to be lowered ([`lazy_body`]): the loader parses them while names are
/// resolved, which leaves the other threads idle.
pub fn blank_deferring(src: &str, macros: &HashSet<String>, toks: Option<Vec<Token>>, lazily: bool) -> Blanked {
    let (text, deferred, blanked, lazy) = blank_with(src, Bodies::TestOnly, Some((macros, lazily)), toks);
    Blanked { text, deferred, lazy, blanked }
}

impl Blanked {
    /// The text the first parse reads: [`Blanked::text`] without what was blanked and the
    /// items left for later. Each range left out becomes the newlines it held, then as many
    /// spaces as the columns its last line took when something follows on that line, so
    /// that every token left has the line and column it has in `text` (the lexer of
    /// `proc_macro2` walked every space of what was blanked, a character at a time), where
    /// `lower::Lowerer` makes them offsets.
    pub fn first_parse_text(&self) -> String {
        let mut ranges = self.blanked.clone();
        ranges.extend(self.deferred.iter().map(|d| (d.lo, d.hi)));
        ranges.extend(self.lazy.iter().map(|l| (l.lo + 1, l.hi - 1)));
        ranges.sort_unstable();
        cut(&self.text, &ranges)
    }
}

/// `text` without the `ranges` (sorted by start; they may overlap), as
/// [`Blanked::first_parse_text`] says.
fn cut(text: &str, ranges: &[(usize, usize)]) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len());
    let mut at = 0;
    for &(lo, hi) in ranges {
        let (lo, hi) = (lo.max(at).min(b.len()), hi.min(b.len()));
        if hi <= lo {
            continue;
        }
        out.extend_from_slice(&b[at..lo]);
        let left = &b[lo..hi];
        out.resize(out.len() + memchr::memchr_iter(b'\n', left).count(), b'\n');
        if b.get(hi).is_some_and(|&c| c != b'\n') {
            // Columns count characters.
            let line_start = memchr::memrchr(b'\n', left).map_or(lo, |n| lo + n + 1);
            let columns = text.get(line_start..hi).map_or(hi - line_start, |l| l.chars().count());
            out.resize(out.len() + columns, b' ');
        }
        at = hi;
    }
    out.extend_from_slice(&b[at.min(b.len())..]);
    // Whole ranges of the text left out, spaces and newlines put in: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Byte ranges of a text.
type Ranges = Vec<(usize, usize)>;

/// The text blanked, the items deferred, the ranges blanked (in no order) and, when `defer`
/// says so, the bodies that may be lowered alone ([`lazy_body`]). `lexed`: the text's
/// tokens, when the caller has them (else it is lexed here).
fn blank_with(
    src: &str,
    bodies: Bodies,
    defer: Option<(&HashSet<String>, bool)>,
    lexed: Option<Vec<Token>>,
) -> (String, Vec<Deferred>, Ranges, Vec<Lazy>) {
    let mut out = src.as_bytes().to_vec();
    let mut blanked = Vec::new();
    // Comments are blanked, but for doc comments in a macro's input (below); the other
    // tokens are kept.
    let mut comments = Vec::new();
    let mut code = |t: &Token| match t.kind {
        Tok::LineComment { .. } | Tok::BlockComment => {
            comments.push(*t);
            false
        }
        _ => true,
    };
    let toks = match lexed {
        Some(mut all) => {
            all.retain(&mut code);
            all
        }
        None => {
            let mut toks = Vec::with_capacity(src.len() / 6);
            toks.extend(tokens_without_newlines(src).filter(&mut code));
            toks
        }
    };
    let docs = comments.iter().any(|c| is_doc_comment(src, c));
    let inputs = if docs { macro_inputs(src, &toks) } else { Vec::new() };
    for (lo, hi) in outside(comments, &inputs, src) {
        blank_range(&mut out, lo, hi);
        blanked.push((lo, hi));
    }
    let word = |t: &Token| (t.kind == Tok::Word).then(|| &src[t.lo..t.hi]);
    let mut test_only = false;
    // The outermost function bodies kept, as (open, close) token indices.
    let mut kept: Vec<(usize, usize)> = Vec::new();
    // The outermost macro inputs and definitions outside them (same): what they hold is
    // no function of the first parse.
    let mut inputs_at: Vec<(usize, usize)> = Vec::new();
    let lazily = matches!(defer, Some((_, true)));
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        i += 1;
        if let Some(open) = macro_group(src, &toks, i - 1).filter(|_| lazily) {
            let outside = |b: Option<&(usize, usize)>| b.is_none_or(|&(_, c)| open > c);
            if outside(kept.last()) && outside(inputs_at.last()) {
                inputs_at.push((open, matching_close(&toks, open)));
            }
        }
        if src.as_bytes()[t.lo] == b'#'
            && t.kind == Tok::Punct
            && toks.get(i).is_some_and(|n| n.kind == Tok::Open(b'['))
        {
            let close = matching_close(&toks, i);
            test_only |= is_test_attribute(src.get(t.lo..toks.get(close).map_or(src.len(), |c| c.hi)).unwrap_or(""));
            i = close + 1;
            continue;
        }
        let named_fn = || toks.get(i).is_some_and(|n| n.kind == Tok::Word);
        let w = word(&t);
        let body = match w {
            Some("fn") => (test_only || bodies == Bodies::AllFunctions) && named_fn(),
            Some("mod" | "impl" | "trait") => test_only,
            Some("pub" | "async" | "unsafe" | "const" | "extern" | "default" | "safe") if test_only => {
                // `pub(crate)`, `extern "C"`: still the item's head.
                if toks.get(i).is_some_and(|n| n.kind == Tok::Open(b'(')) && w == Some("pub") {
                    i = matching_close(&toks, i) + 1;
                } else if toks.get(i).is_some_and(|n| n.kind == Tok::Literal) {
                    i += 1;
                }
                continue;
            }
            _ => false,
        };
        if defer.is_some() && !body && w == Some("fn") && named_fn() && kept.last().is_none_or(|&(_, c)| i > c) {
            if let Some(b) = body_at(src.as_bytes(), &toks, i) {
                kept.push(b);
            }
        }
        test_only = false;
        if body {
            i = blank_body(&toks, i, &mut out, &mut blanked);
        }
    }
    let (deferred, lazy) = match defer {
        Some((macros, lazily)) => {
            let deferred = defer_items(src, &toks, &kept, macros);
            let lazy = if lazily { lazy_bodies(src, &toks, &kept, &deferred, &inputs_at, macros) } else { Vec::new() };
            (deferred, lazy)
        }
        None => (Vec::new(), Vec::new()),
    };
    // Only ASCII bytes were replaced, each whole character at a time: still UTF-8.
    (String::from_utf8(out).unwrap_or_else(|_| src.to_string()), deferred, blanked, lazy)
}

/// The `kept` bodies (token indices of their braces, in order) that lower alone and are
/// not in an item left for later (`deferred`, in order: the first parse does not see them)
/// nor in a macro's input or definition (`inputs`, token indices in order: no function of
/// the first parse holds them, which would make the loader parse the file again whole).
fn lazy_bodies(
    src: &str,
    toks: &[Token],
    kept: &[(usize, usize)],
    deferred: &[Deferred],
    inputs: &[(usize, usize)],
    macros: &HashSet<String>,
) -> Vec<Lazy> {
    let in_deferred = |lo: usize| {
        let after = deferred.partition_point(|d| d.hi <= lo);
        deferred.get(after).is_some_and(|d| d.lo <= lo)
    };
    let in_input = |open: usize| {
        let after = inputs.partition_point(|&(_, c)| c < open);
        inputs.get(after).is_some_and(|&(o, _)| o < open)
    };
    kept.iter()
        .filter(|&&(open, close)| close < toks.len() && !in_deferred(toks[open].lo) && !in_input(open))
        .filter(|&&(open, close)| lazy_body(src, &toks[open..=close], macros))
        .map(|&(open, close)| Lazy { lo: toks[open].lo, hi: toks[close].hi, calls: calls(src, &toks[open + 1..close]) })
        .collect()
}

/// Words that start, inside a function body, what its lowering lifts out of it or records
/// for the file: an item (`use` included), an attribute's annotation, a file included.
const NOT_ALONE: &[&str] = &[
    "fn",
    "struct",
    "enum",
    "union",
    "trait",
    "impl",
    "mod",
    "use",
    "static",
    "const",
    "type",
    "extern",
    "macro",
    "macro_rules",
    "redline",
];

/// Whether a function body (its tokens, braces included) lowers to the same body alone as
/// in its file: it declares no item, has no attribute, includes no file, and invokes no
/// macro named like one of the workspace's (`macros`, expanded only once they are all
/// known) or like an annotation. The lowering of a body that does anyway says so, and the
/// loader then lowers every file whole (see `syntax::lower_lazy`).
fn lazy_body(src: &str, body: &[Token], macros: &HashSet<String>) -> bool {
    let text = |t: &Token| &src[t.lo..t.hi];
    body.iter().enumerate().all(|(k, t)| match t.kind {
        Tok::Word => {
            let w = text(t);
            let invoked = body.get(k + 1).is_some_and(|n| text(n) == "!");
            let name = w.trim_start_matches("r#");
            !NOT_ALONE.contains(&w)
                && !w.starts_with("include")
                && !(invoked && (macros.contains(name) || redline_grammar::Kind::from_name(name).is_some()))
        }
        Tok::Punct => text(t) != "#",
        _ => true,
    })
}

/// The top-level items (from the end of the one before to the end of its bracket group at
/// depth 0) in which one of the `kept` bodies invokes a macro named in `macros`, but not
/// those the first parse must see.
fn defer_items(src: &str, toks: &[Token], kept: &[(usize, usize)], macros: &HashSet<String>) -> Vec<Deferred> {
    let text = |t: &Token| &src[t.lo..t.hi];
    let mut deferred = Vec::new();
    let mut k = 0;
    let mut i = 0;
    // The first token of the item being read: after a `;`, a `}` or an inner attribute.
    let mut start = 0;
    while i < toks.len() {
        let t = toks[i];
        match t.kind {
            Tok::Punct if text(&t) == ";" => start = i + 1,
            Tok::Open(bracket) => {
                let close = matching_close(toks, i);
                let first = k;
                while k < kept.len() && kept[k].1 <= close {
                    k += 1;
                }
                let item = &toks[start..(close + 1).min(toks.len())];
                let unraw = |n: String| n.strip_prefix("r#").map(str::to_string).unwrap_or(n);
                let called = |(open, close): (usize, usize)| calls(src, &toks[open + 1..close.min(toks.len())]);
                let invoked: Vec<Vec<String>> =
                    kept[first..k].iter().map(|&b| called(b).into_iter().map(unraw).collect()).collect();
                let wanted = invoked.iter().flatten().any(|n| macros.contains(n));
                if bracket == b'{' && wanted && first_parse_may_skip(src, item) {
                    let lo = if start == 0 { 0 } else { toks[start - 1].hi };
                    let hi = toks.get(close).map_or(src.len(), |c| c.hi);
                    deferred.push(Deferred { lo, hi, calls: invoked.into_iter().flatten().collect() });
                }
                let inner_attribute = i >= 2 && text(&toks[i - 1]) == "!" && text(&toks[i - 2]) == "#";
                if bracket == b'{' || (bracket == b'[' && inner_attribute) {
                    start = close + 1;
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    deferred
}

/// The last path segment of each macro `tokens` invoke (`name!(..)`, `a::name! {..}`), as
/// written (`r#name` too, as the lowering records it).
fn calls(src: &str, tokens: &[Token]) -> Vec<String> {
    tokens.windows(3).filter(|w| invokes(src, w)).map(|w| src[w[0].lo..w[0].hi].to_string()).collect()
}

/// If token `at` is the `!` of a macro's invocation (`name!(..)`) or definition
/// (`macro_rules! name {..}`): the index of the group's opening delimiter.
fn macro_group(src: &str, toks: &[Token], at: usize) -> Option<usize> {
    let bang = toks[at];
    if bang.kind != Tok::Punct || &src[bang.lo..bang.hi] != "!" || at == 0 || toks[at - 1].kind != Tok::Word {
        return None;
    }
    match (toks.get(at + 1)?.kind, toks.get(at + 2).map(|t| t.kind)) {
        (Tok::Open(_), _) => Some(at + 1),
        (Tok::Word, Some(Tok::Open(_))) if &src[toks[at - 1].lo..toks[at - 1].hi] == "macro_rules" => Some(at + 2),
        _ => None,
    }
}

/// Whether three tokens are a name, `!` and an opening delimiter: a macro's invocation (the
/// name of `macro_rules! name {..}` comes after its `!`, so a definition is none).
fn invokes(src: &str, w: &[Token]) -> bool {
    w[0].kind == Tok::Word && &src[w[1].lo..w[1].hi] == "!" && matches!(w[2].kind, Tok::Open(_))
}

/// Whether the first parse may leave out `item` (its tokens, to the brace group ending it):
/// it is a function, an impl or a trait, and it holds nothing the first parse must see (a
/// module it declares, whose file the loader reads; a macro it defines; a file it includes).
fn first_parse_may_skip(src: &str, item: &[Token]) -> bool {
    let word = |t: &Token| (t.kind == Tok::Word).then(|| &src[t.lo..t.hi]);
    let mut depth = 0usize;
    // The item's keyword: its first word outside its attributes that is not a qualifier.
    let mut keyword = None;
    for t in item {
        match t.kind {
            Tok::Open(_) => depth += 1,
            Tok::Close(_) => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => match word(t) {
                Some("pub" | "async" | "unsafe" | "const" | "extern" | "default" | "safe" | "auto") | None => {}
                Some(w) => {
                    keyword = Some(w);
                    break;
                }
            },
        }
    }
    matches!(keyword, Some("fn" | "impl" | "trait"))
        && !item.iter().filter_map(word).any(|w| matches!(w, "mod" | "macro_rules" | "macro" | "include"))
}

/// From the token after a function's name: its body's braces (token indices), if it has one.
/// A head ends at its body, a `;`, a closing bracket or the next named function (`fn name`,
/// which no head holds): reading each head to the end of the file, as before, was quadratic
/// in a file of `fn a()`s without bodies (minutes for a few megabytes).
fn body_at(src: &[u8], toks: &[Token], from: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(from) {
        match t.kind {
            Tok::Open(b'{') if depth == 0 => return Some((i, matching_close(toks, i))),
            Tok::Open(_) => depth += 1,
            Tok::Close(_) if depth == 0 => return None,
            Tok::Close(_) => depth -= 1,
            Tok::Punct if depth == 0 && src[t.lo] == b';' => return None,
            Tok::Word
                if depth == 0 && &src[t.lo..t.hi] == b"fn" && toks.get(i + 1).is_some_and(|n| n.kind == Tok::Word) =>
            {
                return None
            }
            _ => {}
        }
    }
    None
}

/// From the token after an item's keyword to its body (a `{` at this level, or `;` for
/// none): blanks the body's inside and returns the index after it.
fn blank_body(toks: &[Token], from: usize, out: &mut [u8], blanked: &mut Vec<(usize, usize)>) -> usize {
    let mut depth = 0usize;
    let mut i = from;
    while let Some(t) = toks.get(i) {
        match t.kind {
            Tok::Open(b'{') if depth == 0 => {
                let close = matching_close(toks, i);
                let hi = toks.get(close).map_or(out.len(), |c| c.lo);
                blank_range(out, t.hi, hi);
                blanked.push((t.hi, hi));
                return close + 1;
            }
            Tok::Open(_) => depth += 1,
            Tok::Close(_) if depth == 0 => return i,
            Tok::Close(_) => depth -= 1,
            Tok::Punct if depth == 0 && out[t.lo] == b';' => return i + 1,
            _ => {}
        }
        i += 1;
    }
    i
}

/// The index of the token closing the bracket `toks[open]` opens (`toks.len()` if none).
fn matching_close(toks: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(open + 1) {
        match t.kind {
            Tok::Open(_) => depth += 1,
            Tok::Close(_) if depth == 0 => return i,
            Tok::Close(_) => depth -= 1,
            _ => {}
        }
    }
    toks.len()
}

/// The byte ranges of the outermost macro inputs of `toks` (code tokens): `name!(..)`,
/// `name![..]`, `name! {..}` ([`invokes`]; not `macro_rules! name {..}`). Doc comments there are the
/// input's tokens (`#[doc = ".."]`), which a rule may require (`$(#[$doc:meta])+`): kept.
fn macro_inputs(src: &str, toks: &[Token]) -> Ranges {
    let mut out = Vec::new();
    let mut i = 1;
    while i + 1 < toks.len() {
        let name = &toks[i - 1];
        if !(invokes(src, &toks[i - 1..=i + 1]) && is_macro_name(&src[name.lo..name.hi])) {
            i += 1;
            continue;
        }
        let close = matching_close(toks, i + 1);
        out.push((toks[i + 1].lo, toks.get(close).map_or(src.len(), |c| c.hi)));
        i = close + 1;
    }
    out
}

/// The ranges of the `comments` (in order) to blank: all but the doc comments inside one
/// of `inputs` (in order, disjoint).
fn outside<'a>(
    comments: Vec<Token>,
    inputs: &'a [(usize, usize)],
    src: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut next = 0;
    comments.into_iter().filter_map(move |c| {
        while inputs.get(next).is_some_and(|&(_, hi)| hi <= c.lo) {
            next += 1;
        }
        let kept = inputs.get(next).is_some_and(|&(lo, _)| lo <= c.lo) && is_doc_comment(src, &c);
        (!kept).then_some((c.lo, c.hi))
    })
}

/// Whether `name!` before a delimiter is a macro's invocation: not a keyword before a `!`
/// (`return !(..)`).
fn is_macro_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && !matches!(
            name,
            "return" | "break" | "in" | "if" | "while" | "match" | "else" | "let" | "mut" | "move" | "yield" | "await"
        )
}

/// `///`, `//!`, `/** .. */` or `/*! .. */`.
fn is_doc_comment(src: &str, t: &Token) -> bool {
    match t.kind {
        Tok::LineComment { doc } => doc,
        _ => {
            let text = src.get(t.lo..t.hi).unwrap_or("");
            text.starts_with("/*!") || (text.starts_with("/**") && !text.starts_with("/***") && text != "/**/")
        }
    }
}

fn blank_range(out: &mut [u8], lo: usize, hi: usize) {
    for b in &mut out[lo..hi.max(lo)] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// Whether the outer attribute written `text` (`#[..]`) makes its item test code, by the
/// shared grammar's rule (only attributes that mention a test are parsed).
fn is_test_attribute(text: &str) -> bool {
    if !text.contains("test") && !text.contains("bench") {
        return false;
    }
    use syn::parse::Parser;
    syn::Attribute::parse_outer
        .parse_str(text)
        .is_ok_and(|attrs| attrs.iter().any(|a| redline_grammar::test_attr(a) != redline_grammar::TestAttr::None))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens the loader gives [`blank_deferring`]: the limits scan's.
    fn scanned(src: &str) -> Option<Vec<Token>> {
        super::super::scan::scan_tokens(src).ok().flatten()
    }

    fn words(src: &str, bodies: Bodies) -> Vec<String> {
        let out = blank(src, bodies);
        assert_eq!(out.len(), src.len());
        assert_eq!(out.lines().count(), src.lines().count());
        out.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn blanks_comments_and_every_body_for_signatures() {
        let src = "/// doc\npub fn f(x: u8) -> Vec<u8> where u8: Copy { let s = \"}\"; g({ x }) }\nfn g(); struct S { a: u8 } // é\n";
        let w = words(src, Bodies::AllFunctions);
        let expected = [
            "pub", "fn", "f(x:", "u8)", "->", "Vec<u8>", "where", "u8:", "Copy", "{", "}", "fn", "g();", "struct", "S",
            "{", "a:", "u8", "}",
        ];
        assert_eq!(w, expected);
    }

    #[test]
    fn keeps_doc_comments_in_a_macros_input_only() {
        let src = "/// doc\nmacro_rules! m { ($(#[$d:meta])+ $n:ident) => { /// gone\n fn $n() {} } }\n\
                   m! {\n    /// Kept: the rule needs it.\n    /** kept */ // gone\n    lead\n}\n\
                   fn f() { g![/*! kept */ 1]; let t = !(/** gone: no macro */ x); }\n";
        let w = words(src, Bodies::TestOnly).join(" ");
        assert_eq!(
            w,
            "macro_rules! m { ($(#[$d:meta])+ $n:ident) => { fn $n() {} } } m! { /// Kept: the rule needs it. \
             /** kept */ lead } fn f() { g![/*! kept */ 1]; let t = !( x); }"
        );
    }

    #[test]
    fn blanks_test_code_only_when_analysing() {
        let src =
            "fn keep() { a() }\n#[cfg(test)]\n/// doc\n#[allow(x)]\npub(crate) mod tests {\n    fn t() { b() }\n}\n\
                   #[tokio::test] async fn t2() { c() }\n#[cfg(all(test, feature = \"x\"))] impl A { fn d() {} }\n\
                   #[cfg(test)] use x::y;\nfn after() { e() }\n";
        let w = words(src, Bodies::TestOnly).join(" ");
        assert_eq!(
            w,
            "fn keep() { a() } #[cfg(test)] #[allow(x)] pub(crate) mod tests { } #[tokio::test] async fn t2() { } \
             #[cfg(all(test, feature = \"x\"))] impl A { } #[cfg(test)] use x::y; fn after() { e() }"
        );
    }

    #[test]
    fn keeps_what_is_not_a_test_item() {
        // Not test attributes, a test attribute on a statement or field, `cfg(not(test))`.
        let src =
            "#[cfg(not(test))] mod a { x() }\n#[contest] fn b() { y() }\nfn c() { #[cfg(test)] let v = S { z }; w }\n\
                   struct T { #[cfg(test)] f: u8, g: u8 }\n";
        let w = words(src, Bodies::TestOnly).join(" ");
        assert_eq!(
            w,
            "#[cfg(not(test))] mod a { x() } #[contest] fn b() { y() } fn c() { #[cfg(test)] let v = S { z }; w } \
             struct T { #[cfg(test)] f: u8, g: u8 }"
        );
    }

    #[test]
    fn defers_the_items_that_may_invoke_a_workspace_macro() {
        let src = "#![allow(x)]\n/// An impl.\n#[derive_more(x)]\nimpl A {\n    fn a(&self) -> u8 { err!(\"x\"); 1 }\n    fn b(&self) { self.a(); }\n}\n\
                   fn std_only() { println!(\"{}\", vec![1].len()); /* é */ if !(1 > 2) {} } // é\n\
                   use x::y;\n#[test] fn t() { go!(); }\npub(crate) async fn later() -> u8 { go!(\"é\") } fn after() {}\n";
        let macros: HashSet<String> = ["err", "go", "m"].map(String::from).into();
        let b = blank_deferring(src, &macros, scanned(src), false);
        let (out, kept, deferred) = (b.first_parse_text(), &b.text, &b.deferred);
        let w: Vec<&str> = out.split_whitespace().collect();
        let expected = "#![allow(x)] fn std_only() { println!(\"{}\", vec![1].len()); if !(1 > 2) {} } \
                        use x::y; #[test] fn t() { } fn after() {}";
        assert_eq!(w.join(" "), expected);
        // What is left keeps its lines and columns (counted in characters), the comments
        // and the items left out cut.
        assert_eq!((kept.len(), out.lines().count()), (src.len(), src.lines().count()));
        assert!(out.len() < kept.len() - 100, "{out:?}");
        for (o, k) in out.lines().zip(kept.lines()) {
            let k: Vec<char> = k.chars().collect();
            assert!(o.chars().enumerate().all(|(at, c)| c == ' ' || k.get(at) == Some(&c)), "{o:?} in {k:?}");
        }
        // Each whole, from the end of the item before (attributes and comments with it), with
        // what its bodies invoke.
        let got: Vec<(&str, Vec<String>)> =
            deferred.iter().map(|d| (src[d.lo..d.hi].trim(), d.calls.clone())).collect();
        let impl_a = &src[src.find("/// An").unwrap_or(0)..src.find("\nfn std").unwrap_or(0)];
        let later = "pub(crate) async fn later() -> u8 { go!(\"é\") }";
        assert_eq!(got, [(impl_a, vec!["err".to_string()]), (later, vec!["go".to_string()])]);
    }

    #[test]
    fn keeps_what_the_first_parse_must_see() {
        // A macro's rules holding a function (they are recorded from the first parse), a
        // body that declares a module (the loader follows it from the first parse), one that
        // defines a macro, one that includes a file, and items that are not functions, impls
        // or traits (a constant's value ends before its `;`, a macro's input is not an item).
        let src = "macro_rules! make { () => { pub fn helper() -> usize { latest!(1) } }; }\n\
                   pub fn p() -> usize { #[path = \"side.rs\"] mod side; latest!(2) }\n\
                   fn defines() { macro_rules! m { () => {} } latest!(); }\n\
                   fn includes() { include!(\"x.rs\"); latest!(); }\n\
                   const C: u8 = { fn f() -> u8 { latest!(4) } f() };\n\
                   outer! { fn g() { latest!(5) } }\n\
                   pub fn q() -> usize { latest!(3) }\n";
        let macros: HashSet<String> = ["latest"].map(String::from).into();
        let b = blank_deferring(src, &macros, scanned(src), false);
        let (out, deferred) = (b.first_parse_text(), &b.deferred);
        let kept: Vec<&str> = deferred.iter().map(|d| src[d.lo..d.hi].trim()).collect();
        assert_eq!(kept, ["pub fn q() -> usize { latest!(3) }"]);
        assert_eq!(out.trim_end(), src[..src.find("\npub fn q").unwrap_or(0)].trim_end());
    }

    #[test]
    fn finds_bodies_in_one_pass() {
        // Heads without bodies, each read to the end of the file from its `fn` before.
        let src = "fn a() ".repeat(50_000);
        let Blanked { text: out, deferred, .. } = blank_deferring(&src, &HashSet::new(), scanned(&src), false);
        assert_eq!((out.len(), deferred.len()), (src.len(), 0));
        // Bodies after groups, a `;`, a closing bracket and a type with a function in it.
        let src = "fn a(x: [u8; 2]) -> fn(u8) { m!(); } trait T { fn b(); } fn c<F: Fn(u8)>() where F: Copy { m!() }
                   fn d() { fn e() { m!() } } fn f(";
        let macros: HashSet<String> = ["m"].map(String::from).into();
        let deferred = blank_deferring(src, &macros, scanned(src), false).deferred;
        let got: Vec<&str> = deferred.iter().map(|d| src[d.lo..d.hi].trim()).collect();
        assert_eq!(
            got,
            [
                "fn a(x: [u8; 2]) -> fn(u8) { m!(); }",
                "fn c<F: Fn(u8)>() where F: Copy { m!() }",
                "fn d() { fn e() { m!() } }"
            ]
        );
    }

    #[test]
    fn defers_nothing_in_a_file_without_such_macros() {
        let src = "fn f() { format!(\"{}\", 1); json!({}); }\nmod m { fn g() -> bool { !(true) } }\n";
        let macros: HashSet<String> = ["err", "if"].map(String::from).into();
        let Blanked { text: out, deferred, .. } = blank_deferring(src, &macros, scanned(src), false);
        assert_eq!(out, src);
        assert!(deferred.is_empty());
    }

    /// The text blanked, the items left for later (range, macros called), the ranges blanked.
    type Made = (String, Vec<(usize, usize, Vec<String>)>, Vec<(usize, usize)>);

    #[test]
    fn leaves_for_later_the_bodies_that_lower_alone() {
        let src = "fn alone(x: u8) -> u8 { let c = '}'; x.max(1) /* } */ }\nfn local_fn() { fn inner() {} }\n\
                   fn local_use() { use std::fmt::Write; }\nfn attr() { #[allow(unused)] let a = 1; }\n\
                   fn workspace_macro() { go!(1) }\nfn std_macro(x: u8) { println!(\"{}\", x) }\n\
                   fn annotation() { declassify!(x) }\nfn include() { include_str!(\"a.txt\"); }\n\
                   fn raw() -> u8 { let r#type = 1; r#type }\nfn lifetime() { let s: &'static str = \"}\"; }\n\
                   #[test] fn test_code() { a() }\nimpl A { fn method(&self) { self.b() } }\n\
                   impl B { fn m(&self) { go!() } fn sibling(&self) {} }\n";
        let macros: HashSet<String> = ["go".to_string()].into();
        let b = blank_deferring(src, &macros, scanned(src), true);
        let name = |lo: usize| {
            let before = &src[..lo];
            before[before.rfind("fn ").map_or(0, |at| at + 3)..].split('(').next().unwrap_or("")
        };
        let left: Vec<&str> = b.lazy.iter().map(|l| name(l.lo)).collect();
        // Not a body with an item, an attribute, a workspace macro, an annotation or an
        // include; not test code; not in an item left for later (`impl B`).
        assert_eq!(left, ["alone", "std_macro", "raw", "lifetime", "method"]);
        assert!(b.lazy.iter().all(|l| &src[l.lo..l.lo + 1] == "{" && &src[l.hi - 1..l.hi] == "}"));
        // Its calls, as its lowering would record them.
        assert_eq!(b.lazy[1].calls, ["println"]);
        // The first parse sees them empty, every other token where it was.
        let first = b.first_parse_text();
        assert_eq!(first.lines().count(), src.lines().count());
        assert!(first.starts_with("fn alone(x: u8) -> u8 {") && !first.contains("x.max(1)"));
        assert!(first.contains("fn local_fn() { fn inner() {} }"));
        assert!(blank_deferring(src, &macros, scanned(src), false).lazy.is_empty());
    }

    #[test]
    fn leaves_no_body_of_a_macros_input_or_definition_for_later() {
        // No function of the first parse holds them: the file would be parsed again whole.
        let src = "macro_rules! make { ($n:ident) => { fn $n() { a() } }; }
make! { fn inside() { b() } }
                   impl A { gen!(fn in_impl() { c() }); fn after(&self) { if !(x) { d() } } }
                   fn alone() { e() }
impl !Send for S {}
fn last() { f() }
";
        let b = blank_deferring(src, &HashSet::new(), scanned(src), true);
        let left: Vec<&str> = b.lazy.iter().map(|l| &src[l.lo..l.hi]).collect();
        assert_eq!(left, ["{ if !(x) { d() } }", "{ e() }", "{ f() }"]);
    }

    /// What [`blank_deferring`] makes of `src` given the limits scan's tokens, and lexing it
    /// itself.
    fn both(src: &str) -> [Made; 2] {
        let macros: HashSet<String> = ["info", "err"].iter().map(|s| s.to_string()).collect();
        let toks = super::super::scan::scan_tokens(src).expect("within the limits");
        [toks, None].map(|t| {
            let b = blank_deferring(src, &macros, t, false);
            let mut blanked = b.blanked.clone();
            blanked.sort_unstable();
            (b.text, b.deferred.into_iter().map(|d| (d.lo, d.hi, d.calls)).collect(), blanked)
        })
    }

    #[test]
    fn the_scan_tokens_blank_as_the_lexer_does() {
        let cases = [
            "/// doc\n//// not\n//! inner\nfn a() { info!(\"x\"); } /* /* nested */ */ fn b() {}\n",
            "#[cfg(test)]\nmod t { fn x() { err!(1) } }\n#[test] fn y() {}\npub(crate) fn z<'a>(s: &'a str) -> char { '\\'' }\n",
            "fn r() { let s = r#\"} // \"#; let b = b'\\''; let c = br\"{\"; info!(\"{}\", s) }\nimpl X { fn m(&self) -> bool { self.a != b && !c } }\n",
            "fn u() { let é = 'é'; x.0.1; 1e+5; 0x1f_u8; a::<b>::c(); info! { a } }\ntrait T { fn d() { err!(x) } }\n",
            "fn q() { let c = '\\\\'; info!(\"{}\", c) } // '\n",
            "extern \"C\" { fn f(); } macro_rules! m { () => {} } fn v() { m!(); 'outer: loop { break 'outer; } }\n",
        ];
        for src in cases {
            let [a, b] = both(src);
            assert_eq!(a, b, "{src}");
        }
        // A text that does not lex to its end gives no tokens: the blanking lexes it itself.
        assert_eq!(super::super::scan::scan_tokens("fn a() { \"open"), Ok(None));
    }
}

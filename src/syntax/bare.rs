//! Closure traits written as types without `dyn` (`Box<Fn(&str) -> bool + Send>`,
//! `&mut FnMut(u8)`): valid in the 2015 and 2018 editions, which `syn` does not parse (the
//! file was reported as not analysed). Before a file is parsed, the parenthesized arguments
//! and return type of each such trait are blanked (`Box<Fn                + Send>`): the
//! same offsets and lines, the trait kept as a type, its signature unknown.
//!
//! Only where a type must be: right after `<`, `&`, `&'a`, `&mut`, `*const` or `*mut`, and
//! only `Fn`, `FnMut` and `FnOnce` (alone or as `std::ops::`/`core::ops::` paths), so that
//! a bound (`F: Fn(u8)`, `impl Fn()`, `dyn Fn()`) keeps its signature and a call of a
//! variant (`&Kind::Fn(x)`) is left alone.

use super::lex::{tokens_without_newlines, Tok, Token};

const TRAITS: [&str; 3] = ["Fn", "FnMut", "FnOnce"];

/// `src` with the signature of every bare closure trait in a type blanked, or `None` when it
/// has none.
pub(super) fn blank_bare_closure_traits(src: &str) -> Option<String> {
    if !may_have(src) {
        return None;
    }
    let toks: Vec<Token> = tokens_without_newlines(src)
        .filter(|t| !matches!(t.kind, Tok::LineComment { .. } | Tok::BlockComment))
        .collect();
    let text = |t: &Token| &src[t.lo..t.hi];
    let closes = closes(&toks);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for i in 0..toks.len() {
        let is_trait = toks[i].kind == Tok::Word && TRAITS.contains(&text(&toks[i]));
        if !is_trait || toks.get(i + 1).map(|t| t.kind) != Some(Tok::Open(b'(')) {
            continue;
        }
        let Some(start) = path_start(src, &toks, i) else { continue };
        if !in_type_position(src, &toks[..start]) {
            continue;
        }
        let close = closes[i + 1];
        let Some(end) = toks.get(close) else { continue };
        let hi = match return_type_end(src, &toks, &closes, close + 1) {
            Some(Some(hi)) => hi,
            None => end.hi,
            // Too long to be a return type anyone writes: left as it is (and reported as
            // the parse error it is then).
            Some(None) => continue,
        };
        ranges.push((toks[i + 1].lo, hi));
    }
    if ranges.is_empty() {
        return None;
    }
    let mut out = src.as_bytes().to_vec();
    for (lo, hi) in ranges {
        out[lo..hi].iter_mut().filter(|b| **b != b'\n').for_each(|b| *b = b' ');
    }
    // Whole characters were replaced, byte by byte, with spaces: still UTF-8.
    String::from_utf8(out).ok()
}

/// Whether `src` names a closure trait followed by `(` at all: most files do not, and are
/// not read token by token.
fn may_have(src: &str) -> bool {
    // A `char` pattern is searched with `memchr`; a `&str` one was 0.7% of a check.
    src.match_indices('F').any(|(at, _)| {
        let Some(rest) = src[at + 1..].strip_prefix('n') else { return false };
        let rest = rest.strip_prefix("Mut").or_else(|| rest.strip_prefix("Once")).unwrap_or(rest);
        rest.trim_start().starts_with('(')
    })
}

/// The first token of the path that ends with the trait at `i` (`Fn`, `std::ops::Fn`,
/// `::core::ops::FnMut`); `None` when it is some other path (`Kind::Fn`).
fn path_start(src: &str, toks: &[Token], i: usize) -> Option<usize> {
    let text = |j: usize| &src[toks[j].lo..toks[j].hi];
    let colons = |j: usize| j >= 2 && text(j - 1) == ":" && text(j - 2) == ":";
    let mut start = i;
    let mut segments = Vec::new();
    while colons(start) {
        let colon = start - 2;
        match colon.checked_sub(1).filter(|&w| toks[w].kind == Tok::Word && (w == 0 || text(w - 1) != "'")) {
            Some(w) => {
                segments.push(text(w));
                start = w;
            }
            // A leading `::`.
            None => {
                start = colon;
                break;
            }
        }
    }
    segments.reverse();
    let allowed = matches!(segments.as_slice(), [] | ["ops"] | ["std" | "core", "ops"]);
    allowed.then_some(start)
}

/// Whether the tokens `before` a path end where only a type can follow: `<`, `&`, `&'a`,
/// `&mut`, `&'a mut`, `*const`, `*mut`, `type Name =`, and a `(` or a `for<'a>` after one of
/// those.
fn in_type_position(src: &str, before: &[Token]) -> bool {
    let text = |t: &Token| &src[t.lo..t.hi];
    let last: Vec<&str> = before.iter().rev().take(4).map(text).collect();
    let at = |k: usize| last.get(k).copied().unwrap_or("");
    let n = before.len();
    let mutability = usize::from(matches!(at(0), "mut" | "const"));
    // A lifetime is two tokens: `'` and its name.
    let lifetime = at(mutability + 1) == "'" && n > mutability && at(mutability) != "'";
    let k = mutability + if lifetime { 2 } else { 0 };
    match at(k) {
        "&" => true,
        "*" => mutability == 1 && !lifetime,
        "<" => k == 0,
        "(" if k == 0 => in_type_position(src, &before[..n - 1]),
        ">" if k == 0 => match angle_open(src, before) {
            Some(open) if open >= 1 && text(&before[open - 1]) == "for" => in_type_position(src, &before[..open - 1]),
            _ => false,
        },
        "=" if k == 0 => {
            let name = match at(1) {
                ">" => angle_open(src, &before[..n - 1]).and_then(|open| open.checked_sub(1)),
                _ => n.checked_sub(2),
            };
            name.and_then(|i| i.checked_sub(1)).is_some_and(|i| text(&before[i]) == "type")
        }
        _ => false,
    }
}

/// Most tokens [`angle_open`] reads back (`for<'a, 'b>`, `type Cb<T, U> =`): every `>`
/// before a closure trait is read from, so a hostile file of them costs their number times
/// this.
const MAX_ANGLE_TOKENS: usize = 64;

/// The `<` that the `>` ending `toks` closes, within [`MAX_ANGLE_TOKENS`].
fn angle_open(src: &str, toks: &[Token]) -> Option<usize> {
    let mut depth = 0usize;
    let from = toks.len().saturating_sub(MAX_ANGLE_TOKENS);
    for (i, t) in toks.iter().enumerate().skip(from).rev() {
        match &src[t.lo..t.hi] {
            ">" => depth += 1,
            "<" => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Most tokens a return type [`return_type_end`] reads: each closure trait's is read on
/// its own, so a hostile chain `Box<Fn() -> Box<Fn() -> ..>>` costs its length times this.
const MAX_RETURN_TYPE_TOKENS: usize = 256;

/// Per token, the index of the bracket that closes it, if it opens one (`toks.len()` when
/// none does): one pass, so that no bracket is matched by scanning again.
fn closes(toks: &[Token]) -> Vec<usize> {
    let mut out = vec![toks.len(); toks.len()];
    let mut open = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Open(_) => open.push(i),
            Tok::Close(_) => {
                if let Some(o) = open.pop() {
                    out[o] = i;
                }
            }
            _ => {}
        }
    }
    out
}

/// Where the return type written after the trait's arguments ends (`-> Box<T>` in
/// `Box<Fn(u8) -> Box<T> + Send>`), if one is: at a `+`, `,`, `;`, `=`, `|` or `{`, a `>` or
/// a closing bracket that closes what encloses the trait, or `where`. `Some(None)` past
/// [`MAX_RETURN_TYPE_TOKENS`].
fn return_type_end(src: &str, toks: &[Token], closes: &[usize], from: usize) -> Option<Option<usize>> {
    let text = |j: usize| toks.get(j).map_or("", |t| &src[t.lo..t.hi]);
    let arrow = |j: usize| text(j) == "-" && text(j + 1) == ">" && toks[j].hi == toks[j + 1].lo;
    if !arrow(from) {
        return None;
    }
    let mut angles = 0usize;
    let mut end = toks[from + 1].hi;
    let mut j = from + 2;
    let mut read = 0;
    while let Some(t) = toks.get(j) {
        read += 1;
        if read > MAX_RETURN_TYPE_TOKENS {
            return Some(None);
        }
        if arrow(j) {
            // The return type of a closure trait inside this one (`-> Box<Fn() -> u8>`).
            end = toks[j + 1].hi;
            j += 2;
            continue;
        }
        match (t.kind, text(j)) {
            (Tok::Open(b'{'), _) if angles == 0 => break,
            (Tok::Open(_), _) => {
                j = closes[j];
                end = toks.get(j).map_or(src.len(), |c| c.hi);
                j += 1;
                continue;
            }
            (Tok::Close(_), _) => break,
            (_, "<") => angles += 1,
            (_, ">") if angles == 0 => break,
            (_, ">") => angles -= 1,
            (_, "+" | "," | ";" | "=" | "|" | "where") if angles == 0 => break,
            _ => {}
        }
        end = t.hi;
        j += 1;
    }
    Some(Some(end))
}

#[cfg(test)]
mod tests {
    use super::blank_bare_closure_traits as blank;

    #[test]
    fn blanks_the_signature_of_bare_closure_traits_in_types() {
        let cases = [
            ("pub struct R { h: Box<Fn(&str) + Send + Sync> }", "pub struct R { h: Box<Fn       + Send + Sync> }"),
            ("fn a(f: &mut FnMut(u8) -> u8) {}", "fn a(f: &mut FnMut          ) {}"),
            (
                "type T = Vec<Box<FnOnce() -> Box<Vec<u8>> + Send>>;",
                "type T = Vec<Box<FnOnce                   + Send>>;",
            ),
            ("fn a(f: &'a ::std::ops::Fn(u8)) {}", "fn a(f: &'a ::std::ops::Fn    ) {}"),
            ("fn a() -> Box<Fn(u8,\n u8)> {}", "fn a() -> Box<Fn    \n    > {}"),
            ("type F = Box<Fn(u8) -> Box<Fn() -> u8> + Send>;", "type F = Box<Fn                        + Send>;"),
            ("let g = |r: &Fn(u8) -> u8| r(1);", "let g = |r: &Fn          | r(1);"),
            ("fn a() -> &Fn() -> u8 { body() }", "fn a() -> &Fn         { body() }"),
            ("pub type Cb<T> = Fn(T) -> u8 + Send;", "pub type Cb<T> = Fn          + Send;"),
            ("fn a(f: &(Fn(u8) + Send)) {}", "fn a(f: &(Fn     + Send)) {}"),
            ("fn a(f: Box<for<'a> Fn(&'a u8)>) {}", "fn a(f: Box<for<'a> Fn        >) {}"),
        ];
        for (src, want) in cases {
            assert_eq!(blank(src).as_deref(), Some(want), "{src}");
        }
    }

    #[test]
    fn leaves_bounds_trait_objects_and_calls_alone() {
        for src in [
            "fn a<F: Fn(u8) -> u8>(f: F) where F: FnMut() {}",
            "fn a(f: impl Fn(u8), g: &dyn Fn(u8), h: Box<dyn FnMut() + Send>) {}",
            "fn a() { let x = &Kind::Fn(y); call(Fn(z)); }",
            "fn a() -> Box<Fn> {}",
            "fn a() { let x = Fn(y); let t = (Fn(z), 1); }",
        ] {
            assert_eq!(blank(src), None, "{src}");
        }
    }

    #[test]
    fn files_using_them_parse() {
        let src = "pub struct R { pub h: Box<Fn(&str) -> bool + Send> }\npub fn f(cb: &Fn(u8)) -> u8 { 0 }\n";
        let model = crate::syntax::parse_file(src).expect("parses");
        assert_eq!(model.items.len(), 2);
        assert!(crate::syntax::parse_signatures(src).is_ok());
    }

    #[test]
    fn hostile_chains_stay_linear() {
        // 20,000 closure traits, each the return type of the one before, and as deep in
        // parentheses, and 20,000 comparisons with a call of `Fn`: each is read within a
        // bound (read without them, 40,000 comparisons took 8 s), the long return types left
        // alone.
        let n = 20_000;
        let chain = format!("type T = {}u8{};", "Box<Fn() -> ".repeat(n), ">".repeat(n));
        let out = blank(&chain).expect("the innermost ones are blanked");
        assert_eq!(out.len(), chain.len());
        assert!(out.starts_with("type T = Box<Fn() -> Box<Fn() -> "), "a return type past the limit is kept");
        assert!(out.contains("Box<Fn   "), "one within it is blanked");
        let parens = format!("type T = {}u8{};", "&Fn(".repeat(n), ")".repeat(n));
        assert!(blank(&parens).is_some());
        let compared = "fn f() { a > Fn(x); }\n".repeat(n);
        assert_eq!(blank(&compared), None);
    }
}

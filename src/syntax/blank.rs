//! What `syn` never needs to see, replaced by spaces before it parses a file (newlines and
//! every byte offset kept, so spans and line numbers stay where they were): comments (the
//! lexer would turn each doc comment into a `#[doc]` attribute), the insides of test-only
//! functions, modules, impls and traits (`#[cfg(test)]`, `#[test]`: not analysed, and often
//! half of a service's text), and for a dependency's signatures every function body.

use super::lex::{tokens, Tok, Token};

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
    let mut out = src.as_bytes().to_vec();
    let mut toks = Vec::new();
    for t in tokens(src) {
        match t.kind {
            Tok::LineComment { .. } | Tok::BlockComment => blank_range(&mut out, t.lo, t.hi),
            Tok::Newline => {}
            _ => toks.push(t),
        }
    }
    let word = |t: &Token| (t.kind == Tok::Word).then(|| &src[t.lo..t.hi]);
    let mut test_only = false;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        i += 1;
        if src.as_bytes()[t.lo] == b'#'
            && t.kind == Tok::Punct
            && toks.get(i).is_some_and(|n| n.kind == Tok::Open(b'['))
        {
            let close = matching_close(&toks, i);
            test_only |= is_test_attribute(src.get(t.lo..toks.get(close).map_or(src.len(), |c| c.hi)).unwrap_or(""));
            i = close + 1;
            continue;
        }
        let body = match word(&t) {
            Some("fn") => {
                (test_only || bodies == Bodies::AllFunctions) && toks.get(i).is_some_and(|n| n.kind == Tok::Word)
            }
            Some("mod" | "impl" | "trait") => test_only,
            Some("pub" | "async" | "unsafe" | "const" | "extern" | "default" | "safe") if test_only => {
                // `pub(crate)`, `extern "C"`: still the item's head.
                if toks.get(i).is_some_and(|n| n.kind == Tok::Open(b'(')) && word(&t) == Some("pub") {
                    i = matching_close(&toks, i) + 1;
                } else if toks.get(i).is_some_and(|n| n.kind == Tok::Literal) {
                    i += 1;
                }
                continue;
            }
            _ => false,
        };
        test_only = false;
        if body {
            i = blank_body(&toks, i, &mut out);
        }
    }
    // Only ASCII bytes were replaced, each whole character at a time: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| src.to_string())
}

/// From the token after an item's keyword to its body (a `{` at this level, or `;` for
/// none): blanks the body's inside and returns the index after it.
fn blank_body(toks: &[Token], from: usize, out: &mut [u8]) -> usize {
    let mut depth = 0usize;
    let mut i = from;
    while let Some(t) = toks.get(i) {
        match t.kind {
            Tok::Open(b'{') if depth == 0 => {
                let close = matching_close(toks, i);
                blank_range(out, t.hi, toks.get(close).map_or(out.len(), |c| c.lo));
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
}

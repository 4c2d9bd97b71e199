//! Reading a dependency's file for its signatures only: function bodies are dropped at
//! the token level before `syn` parses the file (they are most of its text, and the
//! dependency index needs none of them), and the items inside `name! { .. }` invocations
//! in item position (tokio's `cfg_rt!`, reqwest's `if_hyper!`: ways of gating items on
//! features or targets) are read as items when they parse as items.

use super::lex::{tokens, Tok, Token};
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

/// `src` with comments and the insides of function bodies replaced by spaces (newlines
/// kept, so every offset stays where it was), before it is tokenized: most of a library's
/// text is documentation and bodies, which the index needs none of.
pub fn blank_bodies(src: &str) -> String {
    let mut out = src.as_bytes().to_vec();
    let mut blank = |lo: usize, hi: usize| {
        for b in &mut out[lo..hi] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut toks = tokens(src).filter(|t| t.kind != Tok::Newline);
    let mut prev_fn = false;
    // Inside a function's signature: the bracket depth there.
    let mut signature: Option<usize> = None;
    while let Some(t) = toks.next() {
        let is_fn = t.kind == Tok::Word && &src[t.lo..t.hi] == "fn";
        match (t.kind, signature) {
            (Tok::LineComment { .. } | Tok::BlockComment, _) => {
                blank(t.lo, t.hi);
                continue;
            }
            (Tok::Word, None) if prev_fn => signature = Some(0),
            (Tok::Open(b'{'), Some(0)) => {
                let close = matching_close(&mut toks);
                blank(t.hi, close.map_or(src.len(), |c| c.lo));
                signature = None;
            }
            (Tok::Open(_), Some(d)) => signature = Some(d + 1),
            (Tok::Close(_), Some(d)) => signature = Some(d.saturating_sub(1)),
            (Tok::Punct, Some(0)) if &src[t.lo..t.hi] == ";" => signature = None,
            _ => {}
        }
        prev_fn = is_fn;
    }
    // Only ASCII bytes were replaced, each whole character at a time: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| src.to_string())
}

/// The token closing the bracket just opened.
fn matching_close(toks: &mut impl Iterator<Item = Token>) -> Option<Token> {
    let mut depth = 0usize;
    for t in toks {
        match t.kind {
            Tok::Open(_) => depth += 1,
            Tok::Close(_) if depth == 0 => return Some(t),
            Tok::Close(_) => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `tokens` with every function body replaced by `{}` and `name! { items }` spliced.
pub fn strip_bodies(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(trees.len());
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(id) if id == "fn" && is_fn_item(trees.get(i + 1)) => {
                // Up to the body (a brace group at this level) or `;` (no body).
                out.push(trees[i].clone());
                i += 1;
                while i < trees.len() {
                    match &trees[i] {
                        TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                            let mut empty = Group::new(Delimiter::Brace, TokenStream::new());
                            empty.set_span(g.span());
                            out.push(TokenTree::Group(empty));
                            i += 1;
                            break;
                        }
                        TokenTree::Punct(p) if p.as_char() == ';' => {
                            out.push(trees[i].clone());
                            i += 1;
                            break;
                        }
                        t => {
                            out.push(t.clone());
                            i += 1;
                        }
                    }
                }
            }
            TokenTree::Ident(_) if at_item_start(&out) => match item_macro(&trees[i + 1..]) {
                Some(items) => {
                    out.extend(items);
                    i += 3;
                    // `name! { .. };`
                    if matches!(trees.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ';') {
                        i += 1;
                    }
                }
                None => {
                    out.push(trees[i].clone());
                    i += 1;
                }
            },
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let mut inner = Group::new(Delimiter::Brace, strip_bodies(g.stream()));
                inner.set_span(g.span());
                out.push(TokenTree::Group(inner));
                i += 1;
            }
            t => {
                out.push(t.clone());
                i += 1;
            }
        }
    }
    out.into_iter().collect()
}

/// `fn name` starts an item; `fn(..)` is a function pointer type.
fn is_fn_item(next: Option<&TokenTree>) -> bool {
    matches!(next, Some(TokenTree::Ident(_)))
}

/// `! { items }` after an identifier in item position: a macro wrapping items to gate them
/// (tokio's `cfg_rt! { .. }`, reqwest's `if_hyper! { .. }`), whose items are taken as
/// written (stripped of bodies) when they parse as items.
fn item_macro(rest: &[TokenTree]) -> Option<TokenStream> {
    match rest {
        [TokenTree::Punct(p), TokenTree::Group(g), ..] if p.as_char() == '!' && g.delimiter() == Delimiter::Brace => {
            let items = strip_bodies(g.stream());
            syn::parse2::<syn::File>(items.clone()).is_ok().then_some(items)
        }
        _ => None,
    }
}

/// What was written so far ends an item (or nothing was): an invocation here is an item.
fn at_item_start(out: &[TokenTree]) -> bool {
    match out.last() {
        None => true,
        Some(TokenTree::Punct(p)) => p.as_char() == ';',
        Some(TokenTree::Group(g)) => g.delimiter() == Delimiter::Brace,
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(src: &str) -> String {
        let tokens: TokenStream = src.parse().expect("lexes");
        strip_bodies(tokens).to_string()
    }

    #[test]
    fn drops_bodies_and_keeps_signatures() {
        let s = strip("impl A { pub fn f(&self) -> B where B: C { let x = 1; x } fn g(); } type F = fn(u8) -> u8;");
        assert_eq!(s, "impl A { pub fn f (& self) -> B where B : C { } fn g () ; } type F = fn (u8) -> u8 ;");
    }

    #[test]
    fn blanks_comments_and_bodies_in_place() {
        let src = "/// doc\npub fn f(x: u8) -> Vec<u8> where u8: Copy { let s = \"}\"; g({ x }) }\nfn g(); struct S { a: u8 } // é\n";
        let out = blank_bodies(src);
        assert_eq!(out.len(), src.len());
        let words: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(
            words,
            [
                "pub", "fn", "f(x:", "u8)", "->", "Vec<u8>", "where", "u8:", "Copy", "{", "}", "fn", "g();", "struct",
                "S", "{", "a:", "u8", "}"
            ]
        );
    }

    #[test]
    fn splices_cfg_macros() {
        let s = strip("cfg_rt! { pub mod runtime; pub fn spawn() { body() } } struct S;");
        assert_eq!(s, "pub mod runtime ; pub fn spawn () { } struct S ;");
    }

    #[test]
    fn splices_other_item_wrappers_only_when_they_hold_items() {
        let s = strip("if_hyper! { pub use self::a::{Client, RequestBuilder}; } struct S;");
        assert_eq!(s, "pub use self :: a :: { Client , RequestBuilder } ; struct S ;");
        let kept = strip("routes! { GET \"/\" => index } struct S;");
        assert_eq!(kept, "routes ! { GET \"/\" => index } struct S ;");
    }
}

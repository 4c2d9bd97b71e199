//! Reading a dependency's file for its signatures only: function bodies are dropped at
//! the token level before `syn` parses the file (they are most of its text, and the
//! dependency index needs none of them), and the items inside `cfg_xxx! { .. }`
//! invocations (tokio's way of gating modules on features) are read as items.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

/// `tokens` with every function body replaced by `{}` and `cfg_*! { items }` spliced.
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
            TokenTree::Ident(id) if id.to_string().starts_with("cfg_") && cfg_macro(&trees[i + 1..]).is_some() => {
                if let Some(TokenTree::Group(g)) = trees.get(i + 2) {
                    out.extend(strip_bodies(g.stream()));
                }
                i += 3;
                // `cfg_x! { .. };`
                if matches!(trees.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ';') {
                    i += 1;
                }
            }
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

/// `! { .. }` after a `cfg_x` identifier: a feature-gating macro holding items.
fn cfg_macro(rest: &[TokenTree]) -> Option<()> {
    match rest {
        [TokenTree::Punct(p), TokenTree::Group(g), ..] if p.as_char() == '!' && g.delimiter() == Delimiter::Brace => {
            Some(())
        }
        _ => None,
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
    fn splices_cfg_macros() {
        let s = strip("cfg_rt! { pub mod runtime; pub fn spawn() { body() } } struct S;");
        assert_eq!(s, "pub mod runtime ; pub fn spawn () { } struct S ;");
    }
}

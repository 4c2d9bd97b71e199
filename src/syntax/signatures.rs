//! Reading a dependency's file for its signatures only: function bodies (blanked at the
//! text level first, see [`super::blank`]) are dropped from the tokens before `syn` parses
//! the file, and the items inside `name! { .. }` invocations in item position (tokio's
//! `cfg_rt!`, reqwest's `if_hyper!`: ways of gating items on features or targets) are read
//! as items when they parse as items.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

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
/// written (stripped of bodies) when they parse as items. Inner attributes leading them
/// are the macro's own input (hyper's `cfg_feature! { #![feature = "client"] .. }`): where
/// the items go they would not parse, and the whole file would be lost.
fn item_macro(rest: &[TokenTree]) -> Option<TokenStream> {
    match rest {
        [TokenTree::Punct(p), TokenTree::Group(g), ..] if p.as_char() == '!' && g.delimiter() == Delimiter::Brace => {
            let items = strip_bodies(g.stream());
            syn::parse2::<syn::File>(items.clone()).ok()?;
            Some(without_inner_attributes(items))
        }
        _ => None,
    }
}

/// `tokens` without the inner attributes (`#![..]`) they start with.
fn without_inner_attributes(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut start = 0;
    while let [TokenTree::Punct(pound), TokenTree::Punct(bang), TokenTree::Group(g), ..] = &trees[start..] {
        if pound.as_char() != '#' || bang.as_char() != '!' || g.delimiter() != Delimiter::Bracket {
            break;
        }
        start += 3;
    }
    trees.into_iter().skip(start).collect()
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
    fn splices_cfg_macros() {
        let s = strip("cfg_rt! { pub mod runtime; pub fn spawn() { body() } } struct S;");
        assert_eq!(s, "pub mod runtime ; pub fn spawn () { } struct S ;");
    }

    #[test]
    fn splices_the_items_of_a_macro_whose_input_starts_with_inner_attributes() {
        // hyper 1.8's lib.rs: the attribute is the macro's input, not the file's.
        let s = strip("#![deny(missing_docs)]\npub mod body;\ncfg_feature! {\n    #![feature = \"client\"]\n    #![doc = \"x\"]\n\n    pub mod client;\n}\npub struct S;");
        assert_eq!(s, "#! [deny (missing_docs)] pub mod body ; pub mod client ; pub struct S ;");
        let tokens: TokenStream = s.parse().expect("lexes");
        assert!(syn::parse2::<syn::File>(tokens).is_ok());
    }

    #[test]
    fn splices_other_item_wrappers_only_when_they_hold_items() {
        let s = strip("if_hyper! { pub use self::a::{Client, RequestBuilder}; } struct S;");
        assert_eq!(s, "pub use self :: a :: { Client , RequestBuilder } ; struct S ;");
        let kept = strip("routes! { GET \"/\" => index } struct S;");
        assert_eq!(kept, "routes ! { GET \"/\" => index } struct S ;");
    }
}

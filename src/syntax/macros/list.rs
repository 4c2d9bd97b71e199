//! An expansion that is a list of items cut into parts parsed one after the other, so that
//! what `syn` builds to parse it (a buffer of every token, a copy of each name in it) is
//! never held for the whole expansion, and the tokens of a part are freed once it is
//! lowered. vaultwarden's `make_config!` generates 320,000 characters of items: its tokens
//! and their buffer held 6.5 MB at once.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use syn::parse::discouraged::Speculative;
use syn::parse::ParseStream;

/// The words an item, an associated item or a trait item may start with (after its
/// attributes, which start with `#`).
const STARTS: &[&str] = &[
    "pub",
    "fn",
    "impl",
    "struct",
    "enum",
    "union",
    "const",
    "static",
    "type",
    "use",
    "mod",
    "trait",
    "unsafe",
    "async",
    "extern",
    "macro_rules",
];

/// `trees` cut where one item ends and another starts: after a `;` or a `{ .. }` at the top
/// level that a word of [`STARTS`] or an attribute follows. Inside an item, neither is
/// ever followed by one (a constant's initializer ends at its `;`; `{ N }` in generic
/// arguments is followed by `>` or `,`; a block in an expression by an operator, `else`,
/// `.`, `as` or `;`), so a part is always whole items; a cut missed only makes a part larger.
pub(super) fn parts<E>(
    trees: impl Iterator<Item = Result<TokenTree, E>>,
) -> impl Iterator<Item = Result<TokenStream, E>> {
    let mut trees = trees.peekable();
    std::iter::from_fn(move || {
        let mut part = Vec::new();
        while let Some(tree) = trees.next() {
            let tree = match tree {
                Ok(tree) => tree,
                Err(e) => return Some(Err(e)),
            };
            let ends = match &tree {
                TokenTree::Punct(p) => p.as_char() == ';',
                TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
                _ => false,
            };
            part.push(tree);
            if ends && trees.peek().is_some_and(|next| next.as_ref().is_ok_and(starts_item)) {
                break;
            }
        }
        (!part.is_empty()).then(|| Ok(part.into_iter().collect()))
    })
}

/// When `input` starts with an `impl` block, its head (attributes to `where` clause) parsed
/// with no items, `input` then left at its `{ .. }`; `None` (and `input` as it was) for any
/// other item, or a head that does not parse alone (`impl X<{ N }> for Y` ends at `{ N }`).
pub(in crate::syntax) fn impl_head(input: ParseStream) -> Option<syn::ItemImpl> {
    let fork = input.fork();
    fork.call(syn::Attribute::parse_outer).ok()?;
    fork.parse::<Option<syn::Token![unsafe]>>().ok()?;
    if !fork.peek(syn::Token![impl]) {
        return None;
    }
    let fork = input.fork();
    let mut head = fork
        .step(|cursor| {
            let mut rest = *cursor;
            let mut head = TokenStream::new();
            while let Some((tree, next)) = rest.token_tree() {
                if matches!(&tree, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace) {
                    return Ok((head, rest));
                }
                head.extend([tree]);
                rest = next;
            }
            Err(cursor.error("an impl block without items"))
        })
        .ok()?;
    head.extend([TokenTree::Group(Group::new(Delimiter::Brace, TokenStream::new()))]);
    let parsed = syn::parse2::<syn::ItemImpl>(head).ok()?;
    input.advance_to(&fork);
    Some(parsed)
}

fn starts_item(tree: &TokenTree) -> bool {
    match tree {
        TokenTree::Punct(p) => p.as_char() == '#',
        TokenTree::Ident(i) => STARTS.iter().any(|s| i == s),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::parts;

    fn cut(text: &str) -> Vec<String> {
        let trees = text.parse::<proc_macro2::TokenStream>().unwrap().into_iter().map(Ok::<_, ()>);
        parts(trees).map(|p| p.unwrap().to_string()).collect()
    }

    #[test]
    fn items_are_cut_apart_where_one_ends_and_the_next_starts() {
        let cuts = cut("#[derive(Clone)] struct A { x: u8 } impl A { fn f() {} } const B: u8 = 1; pub fn g() {}");
        assert_eq!(
            cuts,
            [
                "# [derive (Clone)] struct A { x : u8 }",
                "impl A { fn f () { } }",
                "const B : u8 = 1 ;",
                "pub fn g () { }"
            ]
        );
    }

    #[test]
    fn blocks_and_semicolons_inside_an_item_do_not_cut_it() {
        let text = "const A: u8 = if a { 1 } else { 2 }; const C: X<{ 1 }> = X { }; static D: [u8; 2] = [0; 2]; m! { } fn h() {}";
        let cuts = cut(text);
        assert_eq!(
            cuts,
            [
                "const A : u8 = if a { 1 } else { 2 } ;",
                "const C : X < { 1 } > = X { } ;",
                "static D : [u8 ; 2] = [0 ; 2] ; m ! { }",
                "fn h () { }"
            ]
        );
    }
}

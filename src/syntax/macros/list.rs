//! An expansion that is a list of items cut into parts parsed one after the other, so that
//! what `syn` builds to parse it (a buffer of every token, a copy of each name in it) is
//! never held for the whole expansion, and the tokens of a part are freed once it is
//! lowered. vaultwarden's `make_config!` generates 320,000 characters of items: its tokens
//! and their buffer held 6.5 MB at once.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

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
pub(in crate::syntax) fn parts<E>(
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

/// A part that is one `impl` block: its head parsed alone (attributes to `where` clause,
/// with no items) and the tokens inside its braces, so that its items can be parsed in
/// parts too; the part as it was for any other item, several items, or a head that does
/// not parse alone (`impl X<{ N }> for Y` holds a block before its body).
pub(in crate::syntax) fn split_impl(part: TokenStream) -> Result<(syn::ItemImpl, TokenStream), TokenStream> {
    let mut trees: Vec<TokenTree> = part.into_iter().collect();
    let braces = |t: &TokenTree| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
    let body_last = trees.last().is_some_and(braces) && trees.iter().filter(|t| braces(t)).count() == 1;
    if !body_last || !starts_impl(&trees) {
        return Err(trees.into_iter().collect());
    }
    let Some(TokenTree::Group(body)) = trees.pop() else {
        return Err(trees.into_iter().collect());
    };
    let mut head: TokenStream = trees.into_iter().collect();
    head.extend([TokenTree::Group(Group::new(Delimiter::Brace, TokenStream::new()))]);
    match syn::parse2::<syn::ItemImpl>(head.clone()) {
        // The group's tokens, shared with no one once it is dropped: read, they are moved.
        Ok(parsed) => Ok((parsed, body.stream())),
        Err(_) => {
            let mut trees: Vec<TokenTree> = head.into_iter().collect();
            trees.pop();
            trees.push(TokenTree::Group(body));
            Err(trees.into_iter().collect())
        }
    }
}

/// Whether `trees` start, after their outer attributes, with `impl` or `unsafe impl`.
fn starts_impl(trees: &[TokenTree]) -> bool {
    let mut rest = trees;
    while let [TokenTree::Punct(p), TokenTree::Group(g), more @ ..] = rest {
        if p.as_char() != '#' || g.delimiter() != Delimiter::Bracket {
            break;
        }
        rest = more;
    }
    match rest {
        [TokenTree::Ident(u), TokenTree::Ident(i), ..] if u == "unsafe" => i == "impl",
        [TokenTree::Ident(i), ..] => i == "impl",
        _ => false,
    }
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
    use super::{parts, split_impl};

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

    #[test]
    fn a_part_that_is_one_impl_block_is_split_at_its_body() {
        let split =
            |text: &str| split_impl(text.parse().unwrap()).map(|(head, body)| (head.items.len(), body.to_string()));
        let (items, body) =
            split("#[allow(x)] unsafe impl<T> Send for A<T> where T: Copy { #![allow(y)] fn f() {} }").unwrap();
        assert_eq!((items, body.as_str()), (0, "#! [allow (y)] fn f () { }"));
        // Given back as they were: a head with a block, a function returning `impl Trait`,
        // two items, an impl whose head does not parse.
        for text in ["impl X<{ N }> for Y { }", "fn f() -> impl T { }", "impl A { } impl B { }", "impl for { }"] {
            let given = split_impl(text.parse().unwrap()).map(|_| ()).unwrap_err();
            assert_eq!(given.to_string(), text.parse::<proc_macro2::TokenStream>().unwrap().to_string());
        }
    }
}

//! Matching an invocation's tokens against a rule's matcher, as rustc's `macro_rules!`
//! does for the code people write: fragments are parsed with `syn`, repetitions are
//! greedy (an iteration is taken when its separator and contents match), and the
//! first rule that matches all of the input wins.

use super::rules::{bound_names, Frag, Matcher, Op};
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::ToTokens;
use rustc_hash::FxHashMap as HashMap;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};

/// What a metavariable matched: one fragment (and whether it is a statement that needs a
/// `;` before what follows it), or one binding per repetition.
#[derive(Debug, Clone)]
pub enum Bound {
    One(TokenStream, bool),
    Many(Vec<Bound>),
}

pub type Bindings = HashMap<String, Bound>;

/// The bindings when `input` matches `matcher` whole, else `None` (the expander does the
/// same within its file's budget).
#[cfg(test)]
pub fn match_rule(matcher: &[Matcher], input: &TokenStream) -> Option<Bindings> {
    if !may_match(matcher, input.clone()) {
        return None;
    }
    match_parsed(matcher, input)
}

/// [`match_rule`], the whole match with `syn`.
pub(super) fn match_parsed(matcher: &[Matcher], input: &TokenStream) -> Option<Bindings> {
    (|s: ParseStream| {
        let mut b = Bindings::default();
        seq(s, matcher, &mut b)?;
        Ok(b)
    })
    .parse2(input.clone())
    .ok()
}

/// `false` when `input` cannot match `matcher`, told from the tokens and groups it starts
/// with, without `syn` (a macro's rules are tried in order: most fail at their first token,
/// and `err!(..)` has ten to try). Where a fragment other than an identifier or a repetition
/// comes, it stops and says `true`: the match decides.
pub(super) fn may_match(matcher: &[Matcher], input: TokenStream) -> bool {
    let mut tokens = input.into_iter();
    for m in matcher {
        let next = tokens.next();
        // An invisible group (a fragment passed on) is looked into by `syn`: not here.
        if let Some(TokenTree::Group(g)) = &next {
            if g.delimiter() == Delimiter::None {
                return true;
            }
        }
        match (m, next) {
            (Matcher::Token(t), Some(tt)) if same(&tt, t) => {}
            (Matcher::Group(d, inner), Some(TokenTree::Group(g))) if g.delimiter() == *d => {
                if !may_match(inner, g.stream()) {
                    return false;
                }
            }
            (Matcher::Frag(_, Frag::Ident), Some(TokenTree::Ident(_))) => {}
            (Matcher::Token(_) | Matcher::Group(..) | Matcher::Frag(_, Frag::Ident), _) => return false,
            (Matcher::Frag(..) | Matcher::Repeat { .. }, _) => return true,
        }
    }
    tokens.next().is_none()
}

fn seq(input: ParseStream, ms: &[Matcher], out: &mut Bindings) -> syn::Result<()> {
    for m in ms {
        one(input, m, out)?;
    }
    Ok(())
}

fn one(input: ParseStream, m: &Matcher, out: &mut Bindings) -> syn::Result<()> {
    match m {
        Matcher::Token(t) => input.step(|c| match c.token_tree() {
            Some((tt, next)) if same(&tt, t) => Ok(((), next)),
            _ => Err(c.error("no match")),
        }),
        Matcher::Group(d, inner) => {
            let tt: TokenTree = input.parse()?;
            let TokenTree::Group(g) = tt else { return Err(input.error("no group")) };
            if g.delimiter() != *d {
                return Err(input.error("other delimiter"));
            }
            let found = (|s: ParseStream| {
                let mut b = Bindings::default();
                seq(s, inner, &mut b)?;
                Ok(b)
            })
            .parse2(g.stream())?;
            out.extend(found);
            Ok(())
        }
        Matcher::Frag(name, kind) => {
            let (ts, needs_semi) = match kind {
                Frag::Stmt => statement(input)?,
                kind => (fragment(input, *kind)?, false),
            };
            out.insert(name.clone(), Bound::One(ts, needs_semi));
            Ok(())
        }
        Matcher::Repeat { inner, sep, op } => repeat(input, inner, sep, *op, out),
    }
}

fn repeat(input: ParseStream, inner: &[Matcher], sep: &[TokenTree], op: Op, out: &mut Bindings) -> syn::Result<()> {
    if let ([Matcher::Frag(name, Frag::Tt)], []) = (inner, sep) {
        return token_trees(input, name, op, out);
    }
    let mut iterations: Vec<Bindings> = Vec::new();
    loop {
        let fork = input.fork();
        if !iterations.is_empty() && sep.iter().try_for_each(|t| one(&fork, &Matcher::Token(t.clone()), out)).is_err() {
            break;
        }
        let mut b = Bindings::default();
        if seq(&fork, inner, &mut b).is_err() || fork.cursor() == input.cursor() {
            break;
        }
        input.advance_to(&fork);
        iterations.push(b);
        if op == Op::Question {
            break;
        }
    }
    if op == Op::Plus && iterations.is_empty() {
        return Err(input.error("a `+` repetition matched nothing"));
    }
    let mut names = Vec::new();
    bound_names(inner, &mut names);
    for name in names {
        let each = iterations.iter_mut().filter_map(|b| b.remove(&name)).collect();
        out.insert(name, Bound::Many(each));
    }
    Ok(())
}

/// `$($name:tt)*` (or `+`, `?`): as [`repeat`] does, one token tree after the other while
/// there are any, without a map of bindings for each.
fn token_trees(input: ParseStream, name: &str, op: Op, out: &mut Bindings) -> syn::Result<()> {
    let mut each = Vec::new();
    while !input.is_empty() {
        let fork = input.fork();
        match fragment(&fork, Frag::Tt) {
            Ok(ts) if fork.cursor() != input.cursor() => each.push(Bound::One(ts, false)),
            _ => break,
        }
        input.advance_to(&fork);
        if op == Op::Question {
            break;
        }
    }
    if op == Op::Plus && each.is_empty() {
        return Err(input.error("a `+` repetition matched nothing"));
    }
    out.insert(name.to_string(), Bound::Many(each));
    Ok(())
}

/// Tokens match as rustc compares them: identifiers by name, punctuation by character,
/// literals as written.
fn same(a: &TokenTree, b: &TokenTree) -> bool {
    match (a, b) {
        (TokenTree::Ident(x), TokenTree::Ident(y)) => x == y,
        (TokenTree::Punct(x), TokenTree::Punct(y)) => x.as_char() == y.as_char(),
        (TokenTree::Literal(x), TokenTree::Literal(y)) => x.to_string() == y.to_string(),
        _ => false,
    }
}

/// Parses one fragment; expressions and types are kept in an invisible group, as rustc
/// keeps them, so that `$a * 2` stays `($a) * 2`.
fn fragment(input: ParseStream, kind: Frag) -> syn::Result<TokenStream> {
    let wrap = |ts: TokenStream| TokenTree::Group(Group::new(Delimiter::None, ts)).into_token_stream();
    Ok(match kind {
        Frag::Ident => input.call(syn::Ident::parse_any)?.into_token_stream(),
        Frag::Ty => wrap(input.parse::<syn::Type>()?.into_token_stream()),
        Frag::Expr => {
            let e: syn::Expr = input.parse()?;
            // Block-like expressions stay statements where they are transcribed (`$body
            // $i += 1;`), and atoms need no group.
            if block_like(&e) || matches!(e, syn::Expr::Lit(_) | syn::Expr::Path(_)) {
                e.into_token_stream()
            } else {
                wrap(e.into_token_stream())
            }
        }
        Frag::Path => input.parse::<syn::Path>()?.into_token_stream(),
        Frag::Pat => pattern(input)?,
        Frag::PatParam => syn::Pat::parse_single(input)?.into_token_stream(),
        Frag::Block => input.parse::<syn::Block>()?.into_token_stream(),
        Frag::Literal => {
            let minus: Option<syn::Token![-]> = input.parse()?;
            let lit: syn::Lit = input.parse()?;
            let mut ts = minus.into_token_stream();
            lit.to_tokens(&mut ts);
            ts
        }
        // A lifetime is one token tree for rustc (two tokens here).
        Frag::Tt if input.peek(syn::Lifetime) => input.parse::<syn::Lifetime>()?.into_token_stream(),
        Frag::Tt => token_tree(input)?,
        Frag::Item => input.parse::<syn::Item>()?.into_token_stream(),
        Frag::Vis => input.parse::<syn::Visibility>()?.into_token_stream(),
        Frag::Lifetime => input.parse::<syn::Lifetime>()?.into_token_stream(),
        Frag::Meta => input.parse::<syn::Meta>()?.into_token_stream(),
        Frag::Stmt => statement(input)?.0,
    })
}

/// Punctuation rustc reads as one token (and so as one `tt`).
const JOINED: &[&str] = &[
    "&&", "||", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<=", ">>=", "==", "!=", ">=", "<=", "..",
    "...", "..=", "::", "->", "=>", "<-",
];

/// One token tree as rustc counts them: `-=` and `..=` are one.
fn token_tree(input: ParseStream) -> syn::Result<TokenStream> {
    let first: TokenTree = input.parse()?;
    let mut ts = first.to_token_stream();
    let TokenTree::Punct(p) = &first else { return Ok(ts) };
    let mut text = p.as_char().to_string();
    let mut joint = p.spacing() == proc_macro2::Spacing::Joint;
    while joint {
        let fork = input.fork();
        let Ok(TokenTree::Punct(next)) = fork.parse::<TokenTree>() else { break };
        let longer = format!("{text}{}", next.as_char());
        if !JOINED.contains(&longer.as_str()) {
            break;
        }
        input.advance_to(&fork);
        joint = next.spacing() == proc_macro2::Spacing::Joint;
        next.to_tokens(&mut ts);
        text = longer;
    }
    Ok(ts)
}

/// A `pat`: with top-level `|` alternatives (edition 2021), else without (before 2021 a
/// `pat` may be followed by `|`, as in `$p:pat |? $e:expr`).
fn pattern(input: ParseStream) -> syn::Result<TokenStream> {
    let fork = input.fork();
    if let Ok(p) = syn::Pat::parse_multi_with_leading_vert(&fork) {
        input.advance_to(&fork);
        return Ok(p.into_token_stream());
    }
    Ok(syn::Pat::parse_single(input)?.into_token_stream())
}

/// A statement without its trailing semicolon: a `let`, an item, an expression, or `;`.
fn statement(input: ParseStream) -> syn::Result<(TokenStream, bool)> {
    // An empty statement, as rustc reads the `;` after one (`$($s:stmt)*` over `a = b;`).
    if input.peek(syn::Token![;]) {
        return Ok((input.parse::<syn::Token![;]>()?.into_token_stream(), false));
    }
    if input.peek(syn::Token![let]) {
        let mut ts = input.parse::<syn::Token![let]>()?.into_token_stream();
        syn::Pat::parse_single(input)?.to_tokens(&mut ts);
        if let Some(colon) = input.parse::<Option<syn::Token![:]>>()? {
            colon.to_tokens(&mut ts);
            input.parse::<syn::Type>()?.to_tokens(&mut ts);
        }
        if let Some(eq) = input.parse::<Option<syn::Token![=]>>()? {
            eq.to_tokens(&mut ts);
            input.parse::<syn::Expr>()?.to_tokens(&mut ts);
            if let Some(els) = input.parse::<Option<syn::Token![else]>>()? {
                els.to_tokens(&mut ts);
                input.parse::<syn::Block>()?.to_tokens(&mut ts);
            }
        }
        return Ok((ts, false));
    }
    let fork = input.fork();
    if let Ok(item) = fork.parse::<syn::Item>() {
        input.advance_to(&fork);
        return Ok((item.into_token_stream(), false));
    }
    // An expression statement: a `;` goes after it where something else follows it.
    let e: syn::Expr = input.parse()?;
    let needs_semi = !block_like(&e);
    Ok((e.into_token_stream(), needs_semi))
}

/// An expression a statement ends after (no `;` needed): a block, an `if`, a loop.
pub(super) fn block_like(e: &syn::Expr) -> bool {
    use syn::Expr as E;
    matches!(
        e,
        E::Block(_)
            | E::If(_)
            | E::Match(_)
            | E::Loop(_)
            | E::While(_)
            | E::ForLoop(_)
            | E::Unsafe(_)
            | E::Const(_)
            | E::TryBlock(_)
    )
}

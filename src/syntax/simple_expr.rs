//! The expressions most macro arguments are, built from their tokens without `syn`'s
//! expression parser: `Attribute::Name`, `user.email`, `entry.get_uuid()?`,
//! `format!(..).len()`, `&Value::new_iname(name)`. A macro's input is tokens to `syn`, so every argument of `vec!`,
//! `format!` or a log macro is parsed alone; `syn` asked for a four-token path went through
//! its whole precedence climbing (about 20,000 instructions, with a token buffer built for
//! it), and kanidm's check parsed 17,000 such arguments, 12,000 of them paths.
//!
//! What is built is what `syn` builds for the same tokens, spans included: anything else
//! (a keyword, generic arguments, a closure, an operator) is left to `syn`.

use proc_macro2::{Delimiter, Spacing, TokenTree};
use syn::punctuated::Punctuated;

/// The expression of `tokens` when it is a literal, or a path of identifiers (a call of it
/// or a macro it invokes) followed by field reads, method calls and `?`s, where every
/// argument is such an expression too, or a reference to one; `None` for anything else.
pub(super) fn simple_expr(tokens: &[TokenTree]) -> Option<syn::Expr> {
    simple_within(tokens, 0)
}

/// Most references and calls nested in one another in a simple expression (what a macro
/// generates is not bounded by the scan of the file; `syn` is left the rest).
const MAX_SIMPLE_DEPTH: usize = 16;

fn simple_within(tokens: &[TokenTree], depth: usize) -> Option<syn::Expr> {
    if depth > MAX_SIMPLE_DEPTH {
        return None;
    }
    if let [TokenTree::Literal(l)] = tokens {
        return Some(syn::Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: syn::Lit::new(l.clone()) }));
    }
    if let [TokenTree::Punct(and), rest @ ..] = tokens {
        // `&value` (not `&&`, `&mut` or `&raw`).
        if and.as_char() != '&' || and.spacing() == Spacing::Joint {
            return None;
        }
        if matches!(rest.first(), Some(TokenTree::Ident(i)) if i == "mut" || i == "raw") {
            return None;
        }
        let expr = Box::new(simple_within(rest, depth + 1)?);
        let and_token = syn::Token![&](and.span());
        return Some(syn::Expr::Reference(syn::ExprReference { attrs: Vec::new(), and_token, mutability: None, expr }));
    }
    let (mut expr, mut rest) = atom(tokens, depth)?;
    loop {
        match rest {
            [] => return Some(expr),
            [TokenTree::Punct(q), tail @ ..] if q.as_char() == '?' => {
                let question_token = syn::Token![?](q.span());
                expr = syn::Expr::Try(syn::ExprTry { attrs: Vec::new(), expr: Box::new(expr), question_token });
                rest = tail;
            }
            [TokenTree::Punct(dot), TokenTree::Ident(name), tail @ ..] if is_dot(dot) && !is_keyword(name) => {
                let dot_token = syn::Token![.](dot.span());
                let receiver = Box::new(expr);
                (expr, rest) = match tail {
                    [TokenTree::Group(g), tail @ ..] if g.delimiter() == Delimiter::Parenthesis => {
                        let call = syn::ExprMethodCall {
                            attrs: Vec::new(),
                            receiver,
                            dot_token,
                            method: name.clone(),
                            turbofish: None,
                            paren_token: syn::token::Paren { span: g.delim_span() },
                            args: arguments(g, depth)?,
                        };
                        (syn::Expr::MethodCall(call), tail)
                    }
                    // Generic arguments (`.collect::<..>()`), or a path after a field.
                    [TokenTree::Punct(p), ..] if p.as_char() == ':' => return None,
                    _ => {
                        let member = syn::Member::Named(name.clone());
                        let field = syn::ExprField { attrs: Vec::new(), base: receiver, dot_token, member };
                        (syn::Expr::Field(field), tail)
                    }
                };
            }
            _ => return None,
        }
    }
}

/// A path of identifiers, or a macro it invokes with parentheses or brackets, and the
/// tokens after it.
fn atom(tokens: &[TokenTree], depth: usize) -> Option<(syn::Expr, &[TokenTree])> {
    let [TokenTree::Ident(first), rest @ ..] = tokens else { return None };
    let mut rest = rest;
    if first != "self" && first != "Self" && is_keyword(first) {
        return None;
    }
    let mut path = syn::Path::from(first.clone());
    while let [TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(next), tail @ ..] = rest {
        let joined = a.spacing() == Spacing::Joint && b.spacing() == Spacing::Alone;
        if !(a.as_char() == ':' && b.as_char() == ':' && joined) || is_keyword(next) {
            return None;
        }
        path.segments.push_punct(syn::Token![::]([a.span(), b.span()]));
        path.segments.push_value(syn::PathSegment::from(next.clone()));
        rest = tail;
    }
    match rest {
        [TokenTree::Punct(bang), TokenTree::Group(g), tail @ ..] if bang.as_char() == '!' => {
            let delimiter = match g.delimiter() {
                Delimiter::Parenthesis => syn::MacroDelimiter::Paren(syn::token::Paren { span: g.delim_span() }),
                Delimiter::Bracket => syn::MacroDelimiter::Bracket(syn::token::Bracket { span: g.delim_span() }),
                // A braced invocation ends an expression statement; `syn` decides.
                _ => return None,
            };
            let bang_token = syn::Token![!](bang.span());
            let mac = syn::Macro { path, bang_token, delimiter, tokens: g.stream() };
            Some((syn::Expr::Macro(syn::ExprMacro { attrs: Vec::new(), mac }), tail))
        }
        [TokenTree::Group(g), tail @ ..] if g.delimiter() == Delimiter::Parenthesis => {
            let func = Box::new(syn::Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path }));
            let paren_token = syn::token::Paren { span: g.delim_span() };
            let call = syn::ExprCall { attrs: Vec::new(), func, paren_token, args: arguments(g, depth)? };
            Some((syn::Expr::Call(call), tail))
        }
        // A struct literal, generic arguments or an operator.
        [TokenTree::Group(_) | TokenTree::Punct(_), ..] if !starts_trailer(rest) => None,
        _ => Some((syn::Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path }), rest)),
    }
}

/// The arguments in a call's parentheses, when each is simple (a closure's `|a, b|` is not,
/// so splitting at every comma is safe).
fn arguments(g: &proc_macro2::Group, depth: usize) -> Option<Punctuated<syn::Expr, syn::Token![,]>> {
    let mut args = Punctuated::new();
    let mut part: Vec<TokenTree> = Vec::new();
    for tt in g.stream() {
        match tt {
            TokenTree::Punct(comma) if comma.as_char() == ',' => {
                args.push_value(simple_within(&part, depth + 1)?);
                args.push_punct(syn::Token![,](comma.span()));
                part.clear();
            }
            other => part.push(other),
        }
    }
    if !part.is_empty() {
        args.push_value(simple_within(&part, depth + 1)?);
    }
    Some(args)
}

fn starts_trailer(rest: &[TokenTree]) -> bool {
    match rest {
        [TokenTree::Punct(p), ..] if p.as_char() == '?' => true,
        [TokenTree::Punct(p), TokenTree::Ident(_), ..] => is_dot(p),
        _ => false,
    }
}

/// A `.` that is not the start of `..` or `..=`.
fn is_dot(p: &proc_macro2::Punct) -> bool {
    p.as_char() == '.' && p.spacing() == Spacing::Alone
}

/// A strict or reserved keyword of Rust (a raw identifier is none).
fn is_keyword(i: &proc_macro2::Ident) -> bool {
    matches!(
        i.to_string().as_str(),
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "gen"
            | "macro"
            | "override"
            | "priv"
            | "try"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::simple_expr;
    use proc_macro2::{TokenStream, TokenTree};
    use quote::ToTokens;

    /// Every token of `e`, with where it starts and ends.
    fn located(ts: TokenStream) -> Vec<(String, proc_macro2::LineColumn, proc_macro2::LineColumn)> {
        let mut out = Vec::new();
        for tt in ts {
            let (s, e) = (tt.span().start(), tt.span().end());
            match tt {
                TokenTree::Group(g) => {
                    let (o, c) = (g.span_open(), g.span_close());
                    out.push((format!("{:?}", g.delimiter()), o.start(), c.end()));
                    out.extend(located(g.stream()));
                }
                other => out.push((other.to_string(), s, e)),
            }
        }
        out
    }

    fn tokens(src: &str) -> Vec<TokenTree> {
        src.parse::<TokenStream>().expect("lexes").into_iter().collect()
    }

    #[test]
    fn builds_what_syn_parses() {
        let same = [
            "Attribute::Name",
            "a::b::c",
            "x",
            "\"text\"",
            "42",
            "user.email",
            "user.profile.email.clone()",
            "entry.get_uuid()?",
            "a.b()?.c?",
            "EntryClass::Person.to_value()",
            "format!(\"{}\", a).len()",
            "vec![1, 2]",
            "r#type.x",
            "a.r#match",
            "self",
            "self.name",
            "Self::NAME",
            "f(x)",
            "a.b(c)",
            "Value::new_utf8s(value.description, \"x\", 3,)",
            "&a",
            "&a.b()?",
            "&f(&x).y",
            "m.f()",
        ];
        for src in same {
            let built = simple_expr(&tokens(src)).unwrap_or_else(|| panic!("`{src}` is simple"));
            let parsed: syn::Expr = syn::parse_str(src).expect("parses");
            let (b, p) = (built.to_token_stream(), parsed.to_token_stream());
            assert_eq!(b.to_string(), p.to_string(), "{src}");
            assert_eq!(located(b), located(p), "spans of {src}");
            assert_eq!(std::mem::discriminant(&built), std::mem::discriminant(&parsed), "{src}");
        }
    }

    #[test]
    fn gives_deep_nesting_to_syn() {
        let deep = format!("{}x{}", "f(".repeat(40), ")".repeat(40));
        assert!(simple_expr(&tokens(&deep)).is_none());
        assert!(simple_expr(&tokens(&format!("{}x", "& ".repeat(40)))).is_none());
        assert!(simple_expr(&tokens("f(g(h(x)))")).is_some());
    }

    #[test]
    fn leaves_the_rest_to_syn() {
        for src in [
            "a.collect::<Vec<_>>()",
            "Vec::<u8>::new",
            "x.await",
            "crate::x",
            "a..b",
            "Point { x }",
            "m! { a }",
            "a + b",
            "&mut a",
            "&&a",
            "a.f(|x, y| x)",
            "f(a,,b)",
            "a.0",
            "-1",
            "a::",
            "::a",
            "a = b",
        ] {
            assert!(simple_expr(&tokens(src)).is_none(), "`{src}` is left to syn");
        }
    }
}

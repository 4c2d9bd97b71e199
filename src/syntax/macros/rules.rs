//! A `macro_rules!` definition read into its rules: each a matcher and a transcriber.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The kind of a `$name:kind` fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frag {
    Ident,
    Ty,
    Expr,
    Path,
    Pat,
    PatParam,
    Block,
    Literal,
    Tt,
    Item,
    Vis,
    Lifetime,
    Stmt,
    Meta,
}

impl Frag {
    fn from_name(name: &str) -> Option<Frag> {
        Some(match name {
            "ident" => Frag::Ident,
            "ty" => Frag::Ty,
            "expr" | "expr_2021" => Frag::Expr,
            "path" => Frag::Path,
            "pat" => Frag::Pat,
            "pat_param" => Frag::PatParam,
            "block" => Frag::Block,
            "literal" => Frag::Literal,
            "tt" => Frag::Tt,
            "item" => Frag::Item,
            "vis" => Frag::Vis,
            "lifetime" => Frag::Lifetime,
            "stmt" => Frag::Stmt,
            "meta" => Frag::Meta,
            _ => return None,
        })
    }
}

/// How often a repetition may match: `*`, `+` or `?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Star,
    Plus,
    Question,
}

/// One element of a matcher.
#[derive(Debug, Clone)]
pub enum Matcher {
    /// A token that must be there as written.
    Token(TokenTree),
    Group(Delimiter, Vec<Matcher>),
    Frag(String, Frag),
    Repeat {
        inner: Vec<Matcher>,
        sep: Vec<TokenTree>,
        op: Op,
    },
}

/// One element of a transcriber.
#[derive(Debug, Clone)]
pub enum Trans {
    Token(TokenTree),
    Group(Delimiter, Vec<Trans>),
    /// A metavariable, and its name as a string (looked up for every use).
    Var(proc_macro2::Ident, String),
    /// `$crate`.
    Crate,
    Repeat {
        inner: Vec<Trans>,
        sep: Vec<TokenTree>,
    },
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub matcher: Vec<Matcher>,
    pub body: Vec<Trans>,
}

/// The rules of a `macro_rules!` body (`(matcher) => {transcriber};` ...), or why they
/// cannot be read.
pub fn parse_rules(body: TokenStream) -> Result<Vec<Rule>, String> {
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    let mut rules = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(TokenTree::Group(m)) = tokens.get(i) else {
            return Err("a rule does not start with a matcher".into());
        };
        let arrow = matches!((tokens.get(i + 1), tokens.get(i + 2)),
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == '=' && b.as_char() == '>');
        let Some(TokenTree::Group(t)) = tokens.get(i + 3).filter(|_| arrow) else {
            return Err("a rule has no `=> { .. }` transcriber".into());
        };
        rules.push(Rule { matcher: matcher(m.stream())?, body: transcriber(t.stream())? });
        i += 4;
        if matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ';') {
            i += 1;
        }
    }
    Ok(rules)
}

fn is_punct(t: Option<&TokenTree>, c: char) -> bool {
    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

fn op_of(t: Option<&TokenTree>) -> Option<Op> {
    match t {
        Some(TokenTree::Punct(p)) => match p.as_char() {
            '*' => Some(Op::Star),
            '+' => Some(Op::Plus),
            '?' => Some(Op::Question),
            _ => None,
        },
        _ => None,
    }
}

/// After `$( .. )`: the separator (none, a token, or a punctuation of two or three
/// characters like `=>`) and the operator, and how many tokens they take.
fn sep_and_op(rest: &[TokenTree]) -> Result<(Vec<TokenTree>, Op, usize), String> {
    if let Some(op) = op_of(rest.first()) {
        return Ok((Vec::new(), op, 1));
    }
    let joint = |t: &TokenTree| matches!(t, TokenTree::Punct(p) if p.spacing() == proc_macro2::Spacing::Joint);
    for len in 1..=3.min(rest.len()) {
        if let Some(op) = op_of(rest.get(len)) {
            return Ok((rest[..len].to_vec(), op, len + 1));
        }
        if !joint(&rest[len - 1]) {
            break;
        }
    }
    Err("a repetition has no `*`, `+` or `?`".into())
}

fn matcher(ts: TokenStream) -> Result<Vec<Matcher>, String> {
    let tokens: Vec<TokenTree> = ts.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !is_punct(Some(t), '$') {
            out.push(match t {
                TokenTree::Group(g) => Matcher::Group(g.delimiter(), matcher(g.stream())?),
                t => Matcher::Token(t.clone()),
            });
            i += 1;
            continue;
        }
        match tokens.get(i + 1) {
            Some(TokenTree::Ident(name)) => {
                if !is_punct(tokens.get(i + 2), ':') {
                    return Err(format!("`${name}` in a matcher has no fragment kind"));
                }
                let Some(TokenTree::Ident(kind)) = tokens.get(i + 3) else {
                    return Err(format!("`${name}:` names no fragment kind"));
                };
                let frag = Frag::from_name(&kind.to_string())
                    .ok_or_else(|| format!("`${name}:{kind}` is not a fragment kind redline knows"))?;
                out.push(Matcher::Frag(name.to_string(), frag));
                i += 4;
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                let (sep, op, n) = sep_and_op(&tokens[i + 2..])?;
                out.push(Matcher::Repeat { inner: matcher(g.stream())?, sep, op });
                i += 2 + n;
            }
            // A `$` of its own (syn's `Token![$]`) is matched as written.
            _ => {
                out.push(Matcher::Token(t.clone()));
                i += 1;
            }
        }
    }
    Ok(out)
}

fn transcriber(ts: TokenStream) -> Result<Vec<Trans>, String> {
    let tokens: Vec<TokenTree> = ts.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !is_punct(Some(t), '$') {
            out.push(match t {
                TokenTree::Group(g) => Trans::Group(g.delimiter(), transcriber(g.stream())?),
                t => Trans::Token(t.clone()),
            });
            i += 1;
            continue;
        }
        match tokens.get(i + 1) {
            Some(TokenTree::Ident(name)) if name == "crate" => {
                out.push(Trans::Crate);
                i += 2;
            }
            Some(TokenTree::Ident(name)) => {
                out.push(Trans::Var(name.clone(), name.to_string()));
                i += 2;
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                let (sep, _, n) = sep_and_op(&tokens[i + 2..])?;
                out.push(Trans::Repeat { inner: transcriber(g.stream())?, sep });
                i += 2 + n;
            }
            // `$$` and a lone `$` are kept as written.
            _ => {
                out.push(Trans::Token(t.clone()));
                i += 1;
            }
        }
    }
    Ok(out)
}

/// The names a matcher binds, at any depth.
pub fn bound_names(ms: &[Matcher], out: &mut Vec<String>) {
    for m in ms {
        match m {
            Matcher::Frag(name, _) => out.push(name.clone()),
            Matcher::Group(_, inner) | Matcher::Repeat { inner, .. } => bound_names(inner, out),
            Matcher::Token(_) => {}
        }
    }
}

/// The variables a transcriber uses, at any depth.
pub fn used_names(ts: &[Trans], out: &mut Vec<String>) {
    for t in ts {
        match t {
            Trans::Var(_, name) => out.push(name.clone()),
            Trans::Group(_, inner) | Trans::Repeat { inner, .. } => used_names(inner, out),
            Trans::Token(_) | Trans::Crate => {}
        }
    }
}

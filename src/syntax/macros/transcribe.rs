//! Writing a rule's transcriber out with the bindings of a match.

use super::matcher::{Bindings, Bound};
use super::rules::{used_names, Trans};
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};

/// What a transcription may produce, and how `$crate` is written at the invocation.
pub struct Out<'a> {
    pub krate: &'a str,
    /// Tokens still allowed; transcription stops when it is used up.
    pub budget: usize,
}

/// The tokens of `body` with the bindings substituted, or why not.
pub fn transcribe(body: &[Trans], b: &Bindings, out: &mut Out) -> Result<TokenStream, String> {
    let mut tokens = Vec::new();
    seq(body, b, &mut Vec::new(), out, &mut tokens)?;
    Ok(tokens.into_iter().collect())
}

fn spend(out: &mut Out, n: usize) -> Result<(), String> {
    out.budget = out.budget.checked_sub(n).ok_or_else(|| "its expansion is too large".to_string())?;
    Ok(())
}

fn seq(ts: &[Trans], b: &Bindings, idx: &mut Vec<usize>, out: &mut Out, to: &mut Vec<TokenTree>) -> Result<(), String> {
    for t in ts {
        match t {
            Trans::Token(tt) => {
                spend(out, 1)?;
                to.push(tt.clone());
            }
            Trans::Group(d, inner) => {
                spend(out, 1)?;
                let mut v = Vec::new();
                seq(inner, b, idx, out, &mut v)?;
                to.push(TokenTree::Group(Group::new(*d, v.into_iter().collect())));
            }
            Trans::Crate => {
                spend(out, 1)?;
                let ident =
                    syn::parse_str::<Ident>(out.krate).unwrap_or_else(|_| Ident::new("crate", Span::call_site()));
                to.push(TokenTree::Ident(ident));
            }
            Trans::Var(name) => var(name, b, idx, out, to)?,
            Trans::Repeat { inner, sep } => {
                let n = count(inner, b, idx)?;
                for i in 0..n {
                    if i > 0 {
                        spend(out, sep.len())?;
                        to.extend(sep.iter().cloned());
                    }
                    idx.push(i);
                    let r = seq(inner, b, idx, out, to);
                    idx.pop();
                    r?;
                }
            }
        }
    }
    Ok(())
}

fn var(name: &Ident, b: &Bindings, idx: &[usize], out: &mut Out, to: &mut Vec<TokenTree>) -> Result<(), String> {
    match lookup(b, &name.to_string(), idx) {
        Some(Bound::One(ts)) => {
            let tokens: Vec<TokenTree> = ts.clone().into_iter().collect();
            spend(out, tokens.len())?;
            to.extend(tokens);
            Ok(())
        }
        Some(Bound::Many(_)) => Err(format!("`${name}` is still repeating at this depth")),
        // Not a metavariable: kept as written (`$x` in a nested `macro_rules!`).
        None => {
            spend(out, 2)?;
            to.push(TokenTree::Punct(proc_macro2::Punct::new('$', proc_macro2::Spacing::Alone)));
            to.push(TokenTree::Ident(name.clone()));
            Ok(())
        }
    }
}

/// A binding at the current repetition indices (a shallower one applies at every deeper
/// index).
fn lookup<'b>(b: &'b Bindings, name: &str, idx: &[usize]) -> Option<&'b Bound> {
    let mut cur = b.get(name)?;
    for &i in idx {
        match cur {
            Bound::Many(v) => cur = v.get(i)?,
            Bound::One(_) => break,
        }
    }
    Some(cur)
}

/// How often a repetition runs: the count of the repeating variables it uses, which must agree.
fn count(inner: &[Trans], b: &Bindings, idx: &[usize]) -> Result<usize, String> {
    let mut names = Vec::new();
    used_names(inner, &mut names);
    let mut n: Option<(usize, String)> = None;
    for name in names {
        if let Some(Bound::Many(v)) = lookup(b, &name, idx) {
            match n {
                Some((m, ref other)) if m != v.len() => {
                    return Err(format!("`${other}` repeats {m} times but `${name}` {} times", v.len()))
                }
                _ => n = Some((v.len(), name)),
            }
        }
    }
    n.map(|(n, _)| n).ok_or_else(|| "a repetition in its transcriber uses no repeating variable".to_string())
}
